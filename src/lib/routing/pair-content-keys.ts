/**
 * Content keys of pair pages: the ETag of a pair's responses and the model
 * tags a CDN purges.
 *
 * A pair page (its HTML, data.json and sharing image) is derived from the
 * catalogue, but it reads only part of it: the two models, their makers,
 * their routes with each route's provider, the definitions of the
 * benchmarks they are scored on, and each model's "continue comparing" list
 * (which depends on the whole catalogue, so the list itself is taken, not
 * its inputs). A model's *facet* is a hash of exactly that: when neither of
 * a pair's two facets changed, its pages are byte for byte the same, so the
 * pair's ETag (the code's hash and the two facets) stays valid across builds,
 * and a build that changes one model's facet changes the ETags of that
 * model's pairs only.
 *
 * tests/lib/pair-content-keys.test.ts checks this against the derivations
 * themselves: after any one-record change, every pair whose view model
 * changed gets a new ETag.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Model } from '../../schemas/index.ts';
import { routeIndex } from '../cost/model-routes.ts';
import type { Pair } from './pairs.ts';
import { RELATED_PER_MODEL, relatedModels } from '../pair/related-pairs.ts';

/** Every model's facet key, by id. */
export function modelFacets(catalogue: Catalogue): Map<string, string> {
  return new Map(
    Array.from(catalogue.models.values(), (m) => [
      m.id,
      hash(JSON.stringify(modelFacet(catalogue, m))),
    ]),
  );
}

/** Everything about one model that a page of any of its pairs may show. */
function modelFacet(catalogue: Catalogue, m: Model): unknown {
  return {
    model: m,
    maker: catalogue.makers.get(m.maker),
    routes: routeIndex(catalogue)
      .all(m.id)
      .map((r) => ({ provider: { ...r.provider, routes: undefined }, route: r.route })),
    benchmarks: (m.benchmarks ?? []).map((s) => catalogue.benchmarks.get(s.benchmark)),
    // One more than a page shows: a pair leaves its other model out of the list.
    related: relatedModels(catalogue, m, RELATED_PER_MODEL + 1),
  };
}

/** The strong ETag of a pair's page of one kind (html, json, png), from the code's hash and the two facets. */
export function pairEtag(
  code: string,
  facets: ReadonlyMap<string, string>,
  pair: Pair,
  kind: string,
): string {
  return `"${hash(`${code}\0${kind}\0${pair.slug}\0${facets.get(pair.a.id)}\0${facets.get(pair.b.id)}`)}"`;
}

/** The cache tag of a model: purging it drops every cached page of the model's pairs. */
export const modelTag = (id: string): string => `model:${id}`;

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
