/**
 * Pairs of models and their URLs. One canonical order per pair: the two
 * models sorted by display name (case-insensitive, English collation), then
 * by id; the page lives at /compare/<first-id>-vs-<second-id>/.
 */
import type { Catalogue, Model } from '../../schemas/index.ts';

export interface Pair {
  a: Model;
  b: Model;
  slug: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Negative when `x` comes first in a pair. */
export function compareModels(x: Model, y: Model): number {
  return collator.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The pair of two different models, in canonical order. */
export function makePair(x: Model, y: Model): Pair {
  const [a, b] = compareModels(x, y) <= 0 ? [x, y] : [y, x];
  return { a, b, slug: `${a.id}-vs-${b.id}` };
}

export function pairPath(pair: Pair): string {
  return `/compare/${pair.slug}/`;
}

export function modelsSorted(catalogue: Catalogue): Model[] {
  return [...catalogue.models.values()].sort(compareModels);
}

/** Every unordered pair of the catalogue, each once, in canonical order. */
export function* allPairs(catalogue: Catalogue): Generator<Pair> {
  const models = modelsSorted(catalogue);
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++)
      yield { a: models[i]!, b: models[j]!, slug: `${models[i]!.id}-vs-${models[j]!.id}` };
  }
}
