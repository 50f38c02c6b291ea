/**
 * How the build hands its validated catalogue to the pages it prerenders.
 * Astro bundles the pages, so their copy of this module is not the build
 * script's: the catalogue travels on a global symbol. This module imports
 * nothing, so handing over costs no loading.
 */
import type { ShippedCatalogue } from './shipped-catalogue.ts';

const HANDOFF = Symbol.for('llm-compare.catalogue');
type WithHandoff = typeof globalThis & { [HANDOFF]?: Promise<ShippedCatalogue> };

/** Makes an already validated catalogue the one pages use. */
export function provideCatalogue(shipped: ShippedCatalogue | Promise<ShippedCatalogue>): void {
  (globalThis as WithHandoff)[HANDOFF] = Promise.resolve(shipped);
}

/** The catalogue handed over, or, when there is none, the one `load` gives (kept for the rest of the process). */
export function handedOverCatalogue(
  load: () => Promise<ShippedCatalogue>,
): Promise<ShippedCatalogue> {
  const g = globalThis as WithHandoff;
  g[HANDOFF] ??= load();
  return g[HANDOFF];
}
