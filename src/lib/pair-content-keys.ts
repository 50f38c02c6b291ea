/**
 * Content keys of pair and model pages, for rebuilds that render only what changed.
 *
 * A pair page (its HTML, reversed-pair redirect, data.json and sharing image)
 * is derived from the catalogue, but it reads only part of it: the two
 * models, their makers, their routes with each route's provider, the
 * definitions of the benchmarks they are scored on, and each model's
 * "continue comparing" list (which depends on the whole catalogue, so the
 * list itself is taken, not its inputs). A model's *facet* is a hash of
 * exactly that; a pair's key is the hash of its two facets. When neither
 * facet changed, the pair's pages are byte for byte the same. Its
 * reversed-pair redirect has a key of its own, the hash of the redirect
 * itself, as it shows only the two names.
 *
 * tests/lib/pair-content-keys.test.ts checks this against the derivations
 * themselves: after any one-record change, every pair whose view model
 * changed has a new key.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Model } from '../schemas/index.ts';
import { deriveModelPage } from './model-page.ts';
import { routeIndex } from './model-routes.ts';
import { reversedPairs } from './redirect-page.ts';
import { allPairs } from './pairs.ts';
import { RELATED_PER_MODEL, relatedModels } from './related-pairs.ts';

export interface PairKey {
  /** Changes whenever anything the pair's page, data.json or sharing image shows changes. */
  key: string;
  /** Slug of the reversed-pair redirect, /compare/<b>-vs-<a>/. */
  reversed: string;
  /** Changes whenever the redirect page changes (the two names): most edits leave it as it is. */
  redirect: string;
}

/** Key of every pair of the catalogue, by slug. */
export function pairContentKeys(catalogue: Catalogue): Map<string, PairKey> {
  const facets = new Map<string, string>();
  for (const m of catalogue.models.values()) facets.set(m.id, hash(JSON.stringify(modelFacet(catalogue, m))));
  const keys = new Map<string, PairKey>();
  for (const pair of allPairs(catalogue)) {
    const [redirect] = reversedPairs([pair]);
    keys.set(pair.slug, { key: hash(`${facets.get(pair.a.id)}:${facets.get(pair.b.id)}`), reversed: redirect!.slug, redirect: hash(JSON.stringify(redirect)) });
  }
  return keys;
}

/** Everything about one model that a page of any of its pairs may show. */
function modelFacet(catalogue: Catalogue, m: Model): unknown {
  return {
    model: m,
    maker: catalogue.makers.get(m.maker),
    routes: routeIndex(catalogue).all(m.id).map((r) => ({ provider: { ...r.provider, routes: undefined }, route: r.route })),
    benchmarks: (m.benchmarks ?? []).map((s) => catalogue.benchmarks.get(s.benchmark)),
    // One more than a page shows: a pair leaves its other model out of the list.
    related: relatedModels(catalogue, m, RELATED_PER_MODEL + 1),
  };
}

/**
 * Key of every model page, by model id: the hash of its whole view model.
 * A model page is cheap to derive (about half a millisecond) and shows
 * things that depend on the whole catalogue (its rivals, the newest models),
 * so the view itself is hashed; components only format it.
 */
export function modelPageKeys(catalogue: Catalogue): Map<string, string> {
  return new Map([...catalogue.models.values()].map((m) => [m.id, hash(JSON.stringify(deriveModelPage(catalogue, m)))]));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
