/**
 * Which pair pages are prerendered. Pairs grow with the square of the
 * catalogue, so by default (`PRERENDER` unset) only the pairs people are most
 * likely to land on are written at build time: the popular pairs of the home
 * page and the first PRERENDERED_PER_MODEL "continue comparing" pairs of
 * every model (the pairs model pages and pair pages link to first). Every
 * other pair is rendered on request by the server, from the same components.
 * `PRERENDER=all` prerenders every pair, for a small catalogue on a host
 * without a runtime.
 */
import type { Catalogue } from '../../schemas/index.ts';
import { derivePopularPairs } from '../pages/home-page.ts';
import { allPairs, modelsSorted, pairPath, type Pair } from './pairs.ts';
import { relatedModels } from '../pair/related-pairs.ts';

export type PrerenderScope = 'core' | 'all';
export const PRERENDERED_PER_MODEL = 3;

/** `PRERENDER=all` prerenders every pair; anything else only the chosen ones. */
export function prerenderScope(env: NodeJS.ProcessEnv = process.env): PrerenderScope {
  return env.PRERENDER === 'all' ? 'all' : 'core';
}

/** The pairs prerendered in this scope, each once, in canonical order. */
export function prerenderedPairs(
  catalogue: Catalogue,
  scope: PrerenderScope = prerenderScope(),
): Pair[] {
  if (scope === 'all') return [...allPairs(catalogue)];
  const chosen = new Set(derivePopularPairs(catalogue).map((link) => link.href));
  for (const m of modelsSorted(catalogue)) {
    for (const link of relatedModels(catalogue, m, PRERENDERED_PER_MODEL)) chosen.add(link.href);
  }
  // Filtered as they are made: the chosen set is linear in models, every pair is not.
  const pairs: Pair[] = [];
  for (const pair of allPairs(catalogue)) if (chosen.has(pairPath(pair))) pairs.push(pair);
  return pairs;
}
