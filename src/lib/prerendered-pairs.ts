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
import type { Catalogue } from '../schemas/index.ts';
import { derivePopularPairs } from './home-page.ts';
import { allPairs, makePair, modelsSorted, type Pair } from './pairs.ts';
import { relatedModels } from './related-pairs.ts';

export type PrerenderScope = 'core' | 'all';
export const PRERENDERED_PER_MODEL = 3;

/** `PRERENDER=all` prerenders every pair; anything else only the chosen ones. */
export function prerenderScope(env: NodeJS.ProcessEnv = process.env): PrerenderScope {
  return env.PRERENDER === 'all' ? 'all' : 'core';
}

/** The pairs prerendered in this scope, each once, in canonical order. */
export function prerenderedPairs(catalogue: Catalogue, scope: PrerenderScope = prerenderScope()): Pair[] {
  if (scope === 'all') return [...allPairs(catalogue)];
  const slugs = new Set(derivePopularPairs(catalogue).map((link) => slugOf(link.href)));
  for (const m of modelsSorted(catalogue)) {
    for (const link of relatedModels(catalogue, m, PRERENDERED_PER_MODEL)) slugs.add(slugOf(link.href));
  }
  const pairs = [...slugs].map((slug) => {
    const [a, b] = slug.split('-vs-').map((id) => catalogue.models.get(id)!);
    return makePair(a!, b!);
  });
  return pairs.sort((x, y) => order(catalogue, x) - order(catalogue, y));
}

const slugOf = (href: string): string => href.slice('/compare/'.length, -1);

const positions = new WeakMap<Catalogue, Map<string, number>>();
/** A pair's place in canonical order (as allPairs yields them). */
function order(catalogue: Catalogue, pair: Pair): number {
  let index = positions.get(catalogue);
  if (!index) positions.set(catalogue, (index = new Map(modelsSorted(catalogue).map((m, i) => [m.id, i]))));
  return index.get(pair.a.id)! * catalogue.models.size + index.get(pair.b.id)!;
}
