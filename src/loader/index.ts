/**
 * The single data-access point for pages: the catalogue is loaded and
 * validated once per process, then shared by every page and request.
 * - In a build, the build script validates it and hands it over before
 *   Astro prerenders anything (provideCatalogue).
 * - In the server (`npm start`), it is the catalogue the build shipped in the
 *   server bundle (virtual:llm-compare/catalogue), parsed once at start.
 * - In the dev server and tests, the loader reads the YAML records once.
 */
import type { Catalogue } from '../schemas/index.ts';
import { handedOverCatalogue } from './catalogue-handoff.ts';
import type { ShippedCatalogue } from './shipped-catalogue.ts';

export function getShipped(): Promise<ShippedCatalogue> {
  return handedOverCatalogue(async () => {
    if (import.meta.env.DEV) {
      const { loadShippable } = await import('./load-shippable.ts');
      return loadShippable();
    }
    const [{ default: text }, { unshipCatalogue }] = await Promise.all([
      import('virtual:llm-compare/catalogue'),
      import('./shipped-catalogue.ts'),
    ]);
    return unshipCatalogue(text);
  });
}

export async function getCatalogue(): Promise<Catalogue> {
  return (await getShipped()).catalogue;
}

export { provideCatalogue } from './catalogue-handoff.ts';
