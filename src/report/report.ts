/**
 * The data report: how complete and how fresh the catalogue is. A pure
 * function of the loaded catalogue and today's date, so it can be tested on
 * a fixture catalogue with a fixed "today".
 */
import type { Catalogue, Model } from '../schemas/index.ts';
import { CAPABILITIES, modelSchema } from '../schemas/model.ts';
import { checkCatalogue, type Warning } from './checks.ts';
import { computeCurrency, type Currency } from './currency.ts';
import { daysBetween } from './dates.ts';

/** Records not reviewed for this many days (or more) are listed as stale. */
export const STALE_DAYS = 180;

export interface FieldCoverage {
  /** Model field, e.g. "context_window" or "capabilities.vision". */
  field: string;
  /** Models that have it (a capability counts when it is true or false). */
  count: number;
  /** count / models, from 0 to 1 (0 when there are no models). */
  share: number;
}

export interface StaleRecord {
  kind: 'maker' | 'model' | 'provider';
  id: string;
  /** The record's `reviewed` date, absent when it was never reviewed. */
  reviewed?: string;
  /** Whole days from `reviewed` to today, absent when never reviewed. */
  days?: number;
}

export interface UnpricedRoute {
  provider: string;
  /** Index in the provider's routes. */
  index: number;
  model: string;
  api_id?: string;
  deprecated: boolean;
}

export interface DataReport {
  today: string;
  /** How current the data is: newest release, recent models, price ages, scored models. */
  currency: Currency;
  staleDays: number;
  counts: {
    models: number;
    makers: number;
    providers: number;
    routes: number;
    /** Routes marked deprecated. */
    deprecatedRoutes: number;
    /** Routes with at least one price. */
    pricedRoutes: number;
    benchmarks: number;
  };
  /** Models with at least one priced route that is not deprecated. */
  pricedModels: { count: number; share: number };
  /** Per optional model field (each capability on its own), in schema order. */
  fields: FieldCoverage[];
  /** Records whose `reviewed` is at least `staleDays` before today, or missing: never reviewed first, then oldest first. */
  stale: StaleRecord[];
  /** Routes with no price, in provider order then route order. */
  routesWithoutPrice: UnpricedRoute[];
  /** Ids of models without a priced, non-deprecated route. */
  modelsWithoutPricedRoute: string[];
  /** Suspected errors a person should check (see checks.ts). */
  warnings: Warning[];
}

/** Optional model fields that are our own prose, not sourced facts: not counted. */
const EDITORIAL_FIELDS: ReadonlySet<string> = new Set(['notes']);

/** The optional model fact fields, in schema order, with `capabilities` split into each capability. */
export const REPORTED_FIELDS: readonly string[] = Object.entries(modelSchema.shape)
  .filter(([key, schema]) => !EDITORIAL_FIELDS.has(key) && schema.safeParse(undefined).success)
  .flatMap(([key]) =>
    key === 'capabilities' ? CAPABILITIES.map((c) => `capabilities.${c}`) : [key],
  );

/** Whether a model has a field sourced: present, and not an empty list or object. */
export function hasField(model: Model, field: string): boolean {
  if (field.startsWith('capabilities.')) {
    const cap = field.slice('capabilities.'.length) as (typeof CAPABILITIES)[number];
    return typeof model.capabilities?.[cap] === 'boolean';
  }
  const value = (model as Record<string, unknown>)[field];
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export { daysBetween };

/**
 * `asOf` is the date the currency figures count back from: `--today` when
 * given, otherwise the newest date in the data (never the clock).
 */
export function computeReport(
  catalogue: Catalogue,
  today: string,
  staleDays = STALE_DAYS,
  asOf?: string,
): DataReport {
  const models = [...catalogue.models.values()];
  const share = (count: number) => (models.length === 0 ? 0 : count / models.length);

  const routes = [...catalogue.providers.values()].flatMap((p) =>
    p.routes.map((route, index) => ({ provider: p.id, index, route })),
  );
  const isPriced = (r: (typeof routes)[number]) => (r.route.prices?.length ?? 0) > 0;

  const priced = new Set(
    routes.filter((r) => isPriced(r) && r.route.deprecated !== true).map((r) => r.route.model),
  );
  const pricedCount = models.filter((m) => priced.has(m.id)).length;

  const fields = REPORTED_FIELDS.map((field) => {
    const count = models.filter((m) => hasField(m, field)).length;
    return { field, count, share: share(count) };
  });

  const stale: StaleRecord[] = [];
  const check = (kind: StaleRecord['kind'], id: string, reviewed: string | undefined) => {
    if (reviewed === undefined) stale.push({ kind, id });
    else {
      const days = daysBetween(reviewed, today);
      if (days >= staleDays) stale.push({ kind, id, reviewed, days });
    }
  };
  for (const m of catalogue.makers.values()) check('maker', m.id, m.reviewed);
  for (const m of catalogue.models.values()) check('model', m.id, m.reviewed);
  for (const p of catalogue.providers.values()) check('provider', p.id, p.reviewed);
  const kindOrder = { maker: 0, model: 1, provider: 2 };
  stale.sort((a, b) => {
    const ra = a.reviewed ?? '';
    const rb = b.reviewed ?? '';
    if (ra !== rb) return ra < rb ? -1 : 1;
    if (a.kind !== b.kind) return kindOrder[a.kind] - kindOrder[b.kind];
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

  return {
    today,
    currency: computeCurrency(catalogue, asOf),
    staleDays,
    counts: {
      models: models.length,
      makers: catalogue.makers.size,
      providers: catalogue.providers.size,
      routes: routes.length,
      deprecatedRoutes: routes.filter((r) => r.route.deprecated === true).length,
      pricedRoutes: routes.filter(isPriced).length,
      benchmarks: catalogue.benchmarks.size,
    },
    pricedModels: { count: pricedCount, share: share(pricedCount) },
    fields,
    stale,
    routesWithoutPrice: routes
      .filter((r) => !isPriced(r))
      .map((r) => ({
        provider: r.provider,
        index: r.index,
        model: r.route.model,
        ...(r.route.api_id ? { api_id: r.route.api_id } : {}),
        deprecated: r.route.deprecated === true,
      })),
    modelsWithoutPricedRoute: models.filter((m) => !priced.has(m.id)).map((m) => m.id),
    warnings: checkCatalogue(catalogue),
  };
}
