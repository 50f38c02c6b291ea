/**
 * The single data-access point for pages: the catalogue is loaded and
 * validated once per process (once per build), then shared by every page.
 */
import type { Catalogue } from '../schemas/index.ts';
import { handedOverCatalogue } from './catalogue-handoff.ts';
import { dataDir, loadCatalogue } from './load-catalogue.ts';

/**
 * The catalogue every page reads. The build validates it before any page
 * is rendered and hands it over (provideCatalogue); elsewhere (the dev
 * server, tests) it is loaded here, once.
 */
export function getCatalogue(): Promise<Catalogue> {
  return handedOverCatalogue(() => loadCatalogue(dataDir()));
}

export { provideCatalogue } from './catalogue-handoff.ts';
export { loadCatalogue, loadCatalogueWithProblems, dataDir } from './load-catalogue.ts';
export { CatalogueError, formatProblem, type Problem } from './problem.ts';
