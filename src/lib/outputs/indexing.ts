/**
 * Which pages search engines should index, and when each page last changed.
 *
 * The thin-pair rule (stated in README): a model is *thin* when fewer than
 * MIN_CORE_FACTS of its eight core facts are sourced: release date, context
 * window, parameter count, licence, knowledge cutoff, at least three known
 * capabilities (true or false), a current price on an active route, and a
 * benchmark score. A pair with a thin model on either side gets `noindex`
 * and is left out of the sitemap; it is still built and linked.
 * Computed once per model per catalogue and shared by every page.
 */
import type { Catalogue, Model } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { latestDate, routeIndex } from '../cost/model-routes.ts';
import type { Pair } from '../routing/pairs.ts';

export const CORE_FACTS = 8;
export const MIN_CORE_FACTS = 4;

interface ModelIndexing {
  coreFacts: number;
  thin: boolean;
  /** Latest review or price date of the model, its maker and its routes. */
  lastmod: string | undefined;
}

const cache = new WeakMap<Catalogue, Map<string, ModelIndexing>>();

function indexingOf(catalogue: Catalogue, model: Model): ModelIndexing {
  let perModel = cache.get(catalogue);
  if (!perModel) cache.set(catalogue, (perModel = new Map()));
  let entry = perModel.get(model.id);
  if (!entry) {
    const coreFacts = countCoreFacts(catalogue, model);
    const routes = routeIndex(catalogue).all(model.id);
    const lastmod = latestDate([
      model.reviewed,
      catalogue.makers.get(model.maker)?.reviewed,
      ...routes.map((r) => r.price?.seen),
    ]);
    entry = { coreFacts, thin: coreFacts < MIN_CORE_FACTS, lastmod };
    perModel.set(model.id, entry);
  }
  return entry;
}

/** How many of the eight core facts of a model are sourced. */
export function countCoreFacts(catalogue: Catalogue, m: Model): number {
  const knownCapabilities = Object.values(m.capabilities ?? {}).filter(
    (v) => v !== undefined,
  ).length;
  const priced = estimateCost(m, routeIndex(catalogue).active(m.id)).status === 'priced';
  return [
    m.released !== undefined,
    m.context_window !== undefined,
    m.parameters?.total_billions !== undefined || m.parameters?.active_billions !== undefined,
    m.licence !== undefined,
    m.knowledge_cutoff !== undefined,
    knownCapabilities >= 3,
    priced,
    (m.benchmarks?.length ?? 0) > 0,
  ].filter(Boolean).length;
}

export function isThinModel(catalogue: Catalogue, m: Model): boolean {
  return indexingOf(catalogue, m).thin;
}

/** true when the pair's page should carry noindex and stay out of the sitemap. */
export function isThinPair(catalogue: Catalogue, pair: Pair): boolean {
  return isThinModel(catalogue, pair.a) || isThinModel(catalogue, pair.b);
}

export function modelLastmod(catalogue: Catalogue, m: Model): string | undefined {
  return indexingOf(catalogue, m).lastmod;
}

/** The pair page's lastmod: the later of its two models' (same dates as the page's "last reviewed"). */
export function pairLastmod(catalogue: Catalogue, pair: Pair): string | undefined {
  return latestDate([modelLastmod(catalogue, pair.a), modelLastmod(catalogue, pair.b)]);
}
