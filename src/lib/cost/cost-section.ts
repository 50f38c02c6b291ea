/**
 * The monthly cost section: the calculator at the default traffic, each
 * model's cheapest route and the difference, every route with its prices and
 * monthly cost, the cost chart, and recent price changes. The figures that
 * depend on the traffic come from costFigures(), which the calculator script
 * runs again in the browser on the same data.
 */
import {
  decodedCostData,
  encodeCostData,
  sideCostData,
  type CostData,
  type SideCostData,
} from './cost-data.ts';
import {
  costFigures,
  listedRouteIndices,
  type CostFigures,
  type SideFigures,
} from './cost-figures.ts';
import { recentPriceChanges } from './cost-price-history.ts';
import { formatUsd, NOT_SOURCED, plural } from '../format/format.ts';
import { latestDate } from './model-routes.ts';
import type { PairFacts, SideFacts } from '../pair/pair-facts.ts';
import type { Traffic } from './cost.ts';
import { priceTerms } from './price-terms.ts';
import { modelPath } from '../pages/model-page.ts';

export type CostSideView = SideFigures;

export interface RouteRowView {
  /** The route's index in the cost data (the calculator finds its row by it). */
  index: number;
  provider: string;
  input: string;
  cachedInput: string;
  output: string;
  /** Long-context tiers, e.g. "Above 200K-token prompts: $2.50 input, $15 output"; "" when none. */
  tiers: string;
  /** Off-peak windows and prices, batch and cache-write prices where sourced, e.g. "Batch: $1.50 input, $7.50 output"; "" when none. */
  terms: string;
}

export interface CostSectionView extends CostFigures {
  /** Static columns of the routes the table lists, per model (see LISTED_ROUTES). */
  routeRows: { a: RouteRowView[]; b: RouteRowView[] };
  /** Routes of each model the table leaves out, and its model page, which lists every route. */
  unlisted: { a: UnlistedRoutes; b: UnlistedRoutes };
  /** "Price cut on 2026-04-01: …", newest first. */
  priceNotes: string[];
  /** The page's cost data as JSON, for the calculator script. */
  dataJson: string;
}

export interface UnlistedRoutes {
  count: number;
  modelHref: string;
}

export function deriveCostSection(f: PairFacts): CostSectionView {
  const a = listedSide(f.a, f.traffic);
  const b = listedSide(f.b, f.traffic);
  // The page and the calculator hold the listed routes only: the model pages have every route.
  const data: CostData = { a: a.data, b: b.data };
  const dataJson = encodeCostData(data);
  // The figures come from the data as the browser decodes it, so the page and the script agree by construction.
  const figures = costFigures(decodedCostData(data), f.traffic);
  const asOf = latestDate(
    [f.a, f.b].flatMap((s) => [s.model.reviewed, ...s.allRoutes.map((r) => r.price?.seen)]),
  );
  return {
    ...figures,
    routeRows: {
      a: a.listed.map((i, index) => ({ ...sideRouteRows(f.a, a.data.inputOnly)[i]!, index })),
      b: b.listed.map((i, index) => ({ ...sideRouteRows(f.b, b.data.inputOnly)[i]!, index })),
    },
    unlisted: {
      a: { count: f.a.routes.length - a.listed.length, modelHref: modelPath(f.a.model.id) },
      b: { count: f.b.routes.length - b.listed.length, modelHref: modelPath(f.b.model.id) },
    },
    priceNotes: [
      ...priceNotes(
        f.a.model.name,
        recentPriceChanges(
          a.listed.map((i) => f.a.routes[i]!),
          asOf,
        ),
      ),
      ...priceNotes(
        f.b.model.name,
        recentPriceChanges(
          b.listed.map((i) => f.b.routes[i]!),
          asOf,
        ),
      ),
    ],
    dataJson,
  };
}

/** Price-change notes shown per model: the newest ones in full, the rest counted (model pages list them all). */
export const PRICE_NOTES_PER_MODEL = 2;

function priceNotes(name: string, notes: string[]): string[] {
  const shown = notes.slice(0, PRICE_NOTES_PER_MODEL).map((t) => `${name}: ${t}`);
  const more = notes.length - shown.length;
  if (more > 0)
    shown.push(`${name}: prices also changed recently on ${plural(more, 'other route')}.`);
  return shown;
}

interface ListedSide {
  /** Indices in the side's active routes of the routes the page lists. */
  listed: number[];
  /** The side's cost data with those routes only. */
  data: SideCostData;
}

const listedOfSide = new WeakMap<SideFacts, { traffic: Traffic; side: ListedSide }>();

/** A side's listed routes at a traffic (kept per side: a model's side is shared by its pairs). */
function listedSide(s: SideFacts, traffic: Traffic): ListedSide {
  const kept = listedOfSide.get(s);
  if (kept?.traffic === traffic) return kept.side;
  const full = sideCostData(s);
  const listed = listedRouteIndices(full, traffic);
  const data =
    listed.length === full.routes.length
      ? full
      : { ...full, routes: listed.map((i) => full.routes[i]!) };
  const side = { listed, data };
  listedOfSide.set(s, { traffic, side });
  return side;
}

const rowsOfSide = new WeakMap<SideFacts, RouteRowView[]>();

/** A side's route rows (kept per side: a model's side is shared by its pairs). */
function sideRouteRows(side: SideFacts, inputOnly: boolean): RouteRowView[] {
  let rows = rowsOfSide.get(side);
  if (!rows) rowsOfSide.set(side, (rows = routeRows(side, inputOnly)));
  return rows;
}

function routeRows(side: SideFacts, inputOnly: boolean): RouteRowView[] {
  const usd = (v: number | undefined) => (v === undefined ? NOT_SOURCED : formatUsd(v));
  return side.routes.map((r, index) => {
    const p = r.price;
    const t = priceTerms(p);
    // Only what is sourced: the spec table says "Not sourced" for the cheapest route's batch and cache-write prices.
    const terms = [
      t.offPeak,
      p?.batch && `Batch: ${t.batch}`,
      p?.cache_write && `Cache writes: ${t.cacheWrite}`,
    ]
      .filter(Boolean)
      .join('; ');
    return {
      index,
      provider: r.provider.name,
      input: usd(p?.input),
      cachedInput: usd(p?.cached_input),
      output: p && p.output === undefined && inputOnly ? 'Input only' : usd(p?.output),
      tiers: t.tiers.join('; '),
      terms,
    };
  });
}
