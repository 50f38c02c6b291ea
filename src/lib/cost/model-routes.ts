/**
 * Routes seen from the model's side: which providers serve a model, at what
 * current price. Built once per catalogue and shared by every page.
 */
import type { Catalogue, Model, Price, Provider, Route } from '../../schemas/index.ts';

/** A route joined with its provider and its current (latest dated) price. */
export interface ModelRoute {
  provider: Provider;
  route: Route;
  /** The latest dated price, or undefined when none is sourced. */
  price: Price | undefined;
  deprecated: boolean;
}

export interface RouteIndex {
  /** Every route of a model, deprecated ones included, by provider name. */
  all(modelId: string): readonly ModelRoute[];
  /** The routes that count as available: not deprecated. */
  active(modelId: string): readonly ModelRoute[];
}

const indexes = new WeakMap<Catalogue, RouteIndex>();

/** The route index of a catalogue, built on first use. */
export function routeIndex(catalogue: Catalogue): RouteIndex {
  let index = indexes.get(catalogue);
  if (!index) {
    index = buildRouteIndex(catalogue);
    indexes.set(catalogue, index);
  }
  return index;
}

function buildRouteIndex(catalogue: Catalogue): RouteIndex {
  const all = new Map<string, ModelRoute[]>();
  for (const provider of catalogue.providers.values()) {
    for (const route of provider.routes) {
      const list = all.get(route.model) ?? [];
      list.push({
        provider,
        route,
        price: route.prices?.at(-1),
        deprecated: route.deprecated === true,
      });
      all.set(route.model, list);
    }
  }
  const active = new Map<string, ModelRoute[]>();
  for (const [model, list] of all) {
    list.sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'en'));
    active.set(
      model,
      list.filter((r) => !r.deprecated),
    );
  }
  return { all: (id) => all.get(id) ?? [], active: (id) => active.get(id) ?? [] };
}

/** Latest review date among a set of records, or undefined. */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const d of dates) if (d && (!latest || d > latest)) latest = d;
  return latest;
}

/** The makers of a model, resolved. */
export function makerName(catalogue: Catalogue, model: Model): string {
  return catalogue.makers.get(model.maker)?.name ?? model.maker;
}
