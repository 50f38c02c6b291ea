/**
 * What a URL under /compare/ names: a pair at its canonical URL, a pair in
 * reversed order (answered with a 301 to the canonical URL), or nothing (404).
 * Ids are kebab-case and never hold the word "vs" (src/schemas/common.ts), so
 * `<a>-vs-<b>` splits one way only. Anything that cannot be a pair slug, and
 * any slug longer than two of the longest ids allow, is refused before a
 * catalogue look-up, so a malformed or huge path costs nothing.
 */
import { MAX_ID_LENGTH } from '../../schemas/common.ts';
import type { Catalogue } from '../../schemas/index.ts';
import { makePair, pairPath, type Pair } from './pairs.ts';

/** Two of the longest ids, and "-vs-". */
export const MAX_SLUG_LENGTH = 2 * MAX_ID_LENGTH + 4;
const SLUG = /^([a-z0-9]+(?:-[a-z0-9]+)*)-vs-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export type PairUrl =
  | { kind: 'pair'; pair: Pair }
  | { kind: 'reversed'; pair: Pair; location: string }
  | { kind: 'unknown' };

export function resolvePairSlug(catalogue: Catalogue, slug: string | undefined): PairUrl {
  if (!slug || slug.length > MAX_SLUG_LENGTH) return { kind: 'unknown' };
  const match = SLUG.exec(slug);
  const a = match && catalogue.models.get(match[1]!);
  const b = match && catalogue.models.get(match[2]!);
  if (!a || !b || a === b) return { kind: 'unknown' };
  const pair = makePair(a, b);
  return pair.slug === slug
    ? { kind: 'pair', pair }
    : { kind: 'reversed', pair, location: pairPath(pair) };
}
