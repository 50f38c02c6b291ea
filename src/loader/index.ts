/**
 * The single data-access point for pages: the catalogue is loaded and
 * validated once per process (once per build), then shared by every page.
 */
import type { Catalogue } from '../schemas/index.ts';
import { handedOverCatalogue } from './catalogue-handoff.ts';

/**
 * The catalogue every page reads. The build validates it before any page
 * is rendered and hands it over (provideCatalogue); elsewhere (the dev
 * server, tests) it is loaded here, once.
 */
export function getCatalogue(): Promise<Catalogue> {
  // Imported only when needed: in a build the catalogue is handed over, and the loader (yaml, the schemas, fast-glob) stays unloaded.
  return handedOverCatalogue(async () => {
    const { dataDir, loadCatalogue } = await import('./load-catalogue.ts');
    return loadCatalogue(dataDir());
  });
}

export { provideCatalogue } from './catalogue-handoff.ts';
