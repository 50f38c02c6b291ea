/**
 * Content keys of pair and model pages, for rebuilds that render only what changed.
 *
 * A pair page (its HTML, data.json and sharing image) is derived from the
 * catalogue, but it reads only part of it: the two models, their makers,
 * their routes with each route's provider, the definitions of the
 * benchmarks they are scored on, and each model's "continue comparing" list
 * (which depends on the whole catalogue, so the list itself is taken, not
 * its inputs). A model's *facet* is a hash of exactly that: when neither of
 * a pair's two facets changed, its pages are byte for byte the same. Its
 * reversed-pair redirect shows only the two ids and names, so it changes
 * only when a name does. Keys are kept per model (a few hundred), not per
 * pair (tens of thousands): src/lib/rebuild-plan.ts turns them into the
 * pairs to render. Model, maker and provider pages are keyed by their views.
 *
 * tests/lib/pair-content-keys.test.ts checks this against the derivations
 * themselves: after any one-record change, every pair whose view model
 * changed is rendered again.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Model } from '../schemas/index.ts';
import { deriveMakerPage, deriveProviderPage } from './directory-pages.ts';
import { deriveModelPage } from './model-page.ts';
import { routeIndex } from './model-routes.ts';
import { modelsSorted } from './pairs.ts';
import { RELATED_PER_MODEL, relatedModels } from './related-pairs.ts';

export interface ModelKey {
  /** Display name: it orders the model's pairs and shows on their redirects. */
  name: string;
  /** Changes whenever anything the pages of the model's pairs show of it changes. */
  facet: string;
  /** Changes whenever the model's own page changes. */
  page: string;
}

export interface ContentKeys {
  /** Every model's keys, in canonical pair order (src/lib/pairs.ts). */
  models: Map<string, ModelKey>;
  /** Each maker page's key: the hash of its view, as for model pages. */
  makers: Map<string, string>;
  /** Each provider page's key. */
  providers: Map<string, string>;
}

export function contentKeys(catalogue: Catalogue): ContentKeys {
  return {
    models: new Map(modelsSorted(catalogue).map((m) => [m.id, { name: m.name, facet: hash(JSON.stringify(modelFacet(catalogue, m))), page: viewKey(deriveModelPage(catalogue, m)) }])),
    makers: new Map(Array.from(catalogue.makers.values(), (m) => [m.id, viewKey(deriveMakerPage(catalogue, m))])),
    providers: new Map(Array.from(catalogue.providers.values(), (p) => [p.id, viewKey(deriveProviderPage(catalogue, p))])),
  };
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
 * Key of a model, maker or provider page: the hash of its whole view model.
 * Such a page is cheap to derive (about half a millisecond) and shows things
 * that depend on the whole catalogue (a model's rivals, the newest models, a
 * maker's routes), so the view itself is hashed; components only format it.
 */
function viewKey(view: unknown): string {
  return hash(JSON.stringify(view));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
