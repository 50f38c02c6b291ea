/**
 * The monthly cost section: the calculator at the default traffic, each
 * model's cheapest route and the difference, every route with its prices and
 * monthly cost, the cost chart, and recent price changes. The figures that
 * depend on the traffic come from costFigures(), which the calculator script
 * runs again in the browser on the same data.
 */
import { decodedCostData, encodeCostData, sideCostData, type CostData } from './cost-data.ts';
import { costFigures, type CostFigures, type SideFigures } from './cost-figures.ts';
import { recentPriceChanges } from './cost-price-history.ts';
import { formatUsd, NOT_SOURCED, plural } from '../format/format.ts';
import { latestDate } from './model-routes.ts';
import type { PairFacts, SideFacts } from '../pair/pair-facts.ts';
import { priceTerms } from './price-terms.ts';

export type CostSideView = SideFigures;

export interface RouteRowView {
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
  /** Static columns of the routes table, per model. */
  routeRows: { a: RouteRowView[]; b: RouteRowView[] };
  /** "Price cut on 2026-04-01: …", newest first. */
  priceNotes: string[];
  /** The page's cost data as JSON, for the calculator script. */
  dataJson: string;
}

export function deriveCostSection(f: PairFacts): CostSectionView {
  const data: CostData = { a: sideCostData(f.a), b: sideCostData(f.b) };
  const dataJson = encodeCostData(data);
  // The figures come from the data as the browser decodes it, so the page and the script agree by construction.
  const figures = costFigures(decodedCostData(data), f.traffic);
  const asOf = latestDate(
    [f.a, f.b].flatMap((s) => [s.model.reviewed, ...s.allRoutes.map((r) => r.price?.seen)]),
  );
  return {
    ...figures,
    routeRows: { a: sideRouteRows(f.a, data.a.inputOnly), b: sideRouteRows(f.b, data.b.inputOnly) },
    priceNotes: [
      ...priceNotes(f.a.model.name, recentPriceChanges(f.a.routes, asOf)),
      ...priceNotes(f.b.model.name, recentPriceChanges(f.b.routes, asOf)),
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

const rowsOfSide = new WeakMap<SideFacts, RouteRowView[]>();

/** A side's route rows (kept per side: a model's side is shared by its pairs). */
function sideRouteRows(side: SideFacts, inputOnly: boolean): RouteRowView[] {
  let rows = rowsOfSide.get(side);
  if (!rows) rowsOfSide.set(side, (rows = routeRows(side, inputOnly)));
  return rows;
}

function routeRows(side: SideFacts, inputOnly: boolean): RouteRowView[] {
  const usd = (v: number | undefined) => (v === undefined ? NOT_SOURCED : formatUsd(v));
  return side.routes.map((r) => {
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
      provider: r.provider.name,
      input: usd(p?.input),
      cachedInput: usd(p?.cached_input),
      output: p && p.output === undefined && inputOnly ? 'Input only' : usd(p?.output),
      tiers: t.tiers.join('; '),
      terms,
    };
  });
}
