/**
 * A request for a pair that is not prerendered (its page, data.json or
 * sharing image), before anything is rendered:
 * - a URL that names no pair answers 404 (Astro then serves the 404 page);
 * - a reversed pair answers 301 with the canonical URL;
 * - a pair gets the route cache's directives (shared caches keep it for
 *   PAIR_MAX_AGE, serve it stale while revalidating for PAIR_SWR), its ETag
 *   and the tags of its two models, and answers 304 when the client already
 *   holds that ETag;
 * - otherwise the caller renders it from the catalogue and pair returned.
 */
import type { AstroGlobal, APIContext } from 'astro';
import { getShipped } from '../loader/index.ts';
import { modelTag, pairEtag } from '../lib/routing/pair-content-keys.ts';
import { resolvePairSlug } from '../lib/routing/pair-url.ts';
import { derivePairPage } from '../lib/pair/pair-page.ts';
import { makePair, modelsSorted, type Pair } from '../lib/routing/pairs.ts';
import type { Catalogue } from '../schemas/index.ts';

/** Shared caches keep a pair a day, and may serve it for a week more while they fetch a fresh copy. */
export const PAIR_MAX_AGE = 86_400;
export const PAIR_SWR = 604_800;

export type PairFile = 'html' | 'json' | 'png';
const SUFFIX: Record<PairFile, string> = { html: '', json: 'data.json', png: 'og.png' };

type Context = Pick<AstroGlobal | APIContext, 'params' | 'request' | 'cache' | 'redirect'>;

const primed = new WeakSet<Catalogue>();
/**
 * Derives a pair for every model of a catalogue the first time it is asked for, so the rankings
 * and indexes every pair shares, and what each model's pages share (its related pairs, its
 * routes' price history), are built then (scripts/start.ts asks before it says it is ready), not
 * while a visitor waits: the first request naming a model would otherwise cost several times
 * more than the next.
 */
function prime(catalogue: Catalogue): void {
  if (primed.has(catalogue)) return;
  primed.add(catalogue);
  const models = modelsSorted(catalogue);
  for (let i = 0; i + 1 < models.length; i += 2)
    derivePairPage(catalogue, makePair(models[i]!, models[i + 1]!));
  if (models.length % 2 === 1 && models.length > 1)
    derivePairPage(catalogue, makePair(models.at(-1)!, models[0]!));
}

export async function pairRequest(
  context: Context,
  file: PairFile,
): Promise<Response | { catalogue: Catalogue; pair: Pair }> {
  const shipped = await getShipped();
  prime(shipped.catalogue);
  const found = resolvePairSlug(shipped.catalogue, context.params.slug);
  if (found.kind === 'unknown') return new Response(null, { status: 404 });
  if (found.kind === 'reversed') return context.redirect(found.location + SUFFIX[file], 301);
  const etag = pairEtag(shipped.code, shipped.facets, found.pair, file);
  context.cache.set({
    maxAge: PAIR_MAX_AGE,
    swr: PAIR_SWR,
    tags: [modelTag(found.pair.a.id), modelTag(found.pair.b.id)],
    etag,
  });
  if (matchesEtag(context.request.headers.get('If-None-Match'), etag))
    return new Response(null, { status: 304 });
  return { catalogue: shipped.catalogue, pair: found.pair };
}

/** RFC 9110 If-None-Match: a list of entity tags (weak ones compare by their value), or `*`. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
