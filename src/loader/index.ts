/**
 * The single data-access point for pages: the catalogue is loaded and
 * validated once per process (once per build), then shared by every page.
 */
import type { Catalogue } from '../schemas/index.ts';
import { dataDir, loadCatalogue } from './load-catalogue.ts';

/**
 * The build script validates the catalogue before Astro starts and hands it
 * over here, so the pages do not load it a second time.
 */
const HANDOFF = Symbol.for('llm-compare.catalogue');
type WithHandoff = typeof globalThis & { [HANDOFF]?: Promise<Catalogue> };

export function getCatalogue(): Promise<Catalogue> {
  const g = globalThis as WithHandoff;
  g[HANDOFF] ??= loadCatalogue(dataDir());
  return g[HANDOFF];
}

/** Used by scripts/build.ts: makes an already validated catalogue the one pages use. */
export function provideCatalogue(catalogue: Catalogue): void {
  (globalThis as WithHandoff)[HANDOFF] = Promise.resolve(catalogue);
}

export { loadCatalogue, loadCatalogueWithProblems, dataDir } from './load-catalogue.ts';
export { CatalogueError, formatProblem, type Problem } from './problem.ts';
