/**
 * How the build hands its validated catalogue to the pages. Astro bundles
 * the pages, so their copy of this module is not the build script's: the
 * catalogue travels on a global symbol. This module imports nothing, so the
 * build's main thread can hand the catalogue over without loading the
 * loader (zod, yaml), which runs on the build's data thread
 * (scripts/build/data-job.ts).
 */
import type { Catalogue } from '../schemas/index.ts';

const HANDOFF = Symbol.for('llm-compare.catalogue');
type WithHandoff = typeof globalThis & { [HANDOFF]?: Promise<Catalogue> };

/**
 * Makes an already validated catalogue the one pages use. A promise may be
 * handed over before the catalogue is ready: pages wait for it.
 */
export function provideCatalogue(catalogue: Catalogue | Promise<Catalogue>): void {
  (globalThis as WithHandoff)[HANDOFF] = Promise.resolve(catalogue);
}

/** The catalogue handed over, or, when there is none, the one `load` gives (kept for the rest of the process). */
export function handedOverCatalogue(load: () => Promise<Catalogue>): Promise<Catalogue> {
  const g = globalThis as WithHandoff;
  g[HANDOFF] ??= load();
  return g[HANDOFF];
}
