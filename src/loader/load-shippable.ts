/**
 * Loads and validates the YAML records and adds what the server needs
 * besides them (each model's facet key, the code's hash): the catalogue the
 * build ships, and the one the dev server and tests use. Throws every
 * problem at once (CatalogueError) when the data is not valid.
 */
import { modelFacets } from '../lib/routing/pair-content-keys.ts';
import { dataDir, loadCatalogue } from './load-catalogue.ts';
import type { ShippedCatalogue } from './shipped-catalogue.ts';

export async function loadShippable(dir = dataDir(), code = 'dev'): Promise<ShippedCatalogue> {
  const catalogue = await loadCatalogue(dir);
  return { catalogue, facets: modelFacets(catalogue), code };
}
