/**
 * The single data-access point for pages: the catalogue is loaded and
 * validated once per process (once per build), then shared by every page.
 */
import type { Catalogue } from '../schemas/index.ts';
import { dataDir, loadCatalogue } from './load-catalogue.ts';

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
  cached ??= loadCatalogue(dataDir());
  return cached;
}

export { loadCatalogue, loadCatalogueWithProblems, dataDir } from './load-catalogue.ts';
export { CatalogueError, formatProblem, type Problem } from './problem.ts';
