/**
 * The monthly cost section: the calculator at the default traffic, each
 * model's cheapest route and the difference, every route with its prices and
 * monthly cost, the cost chart, and recent price changes. The figures that
 * depend on the traffic come from costFigures(), which the calculator script
 * runs again in the browser on the same data.
 */
import { decodeCostData, encodeCostData, sideCostData, type CostData } from './cost-data.ts';
import { costFigures, type CostFigures, type SideFigures } from './cost-figures.ts';
import { recentPriceChanges } from './cost-price-history.ts';
import { formatTokens, formatUsd, NOT_SOURCED, plural } from './format.ts';
import { latestDate } from './model-routes.ts';
import type { PairFacts } from './pair-facts.ts';

export type CostSideView = SideFigures;

export interface RouteRowView {
  provider: string;
  input: string;
  cachedInput: string;
  output: string;
  /** Long-context tiers, e.g. "Above 200K-token prompts: $2.50 input, $15 output"; "" when none. */
  tiers: string;
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
  const figures = costFigures(decodeCostData(dataJson), f.traffic);
  const asOf = latestDate([f.a, f.b].flatMap((s) => [s.model.reviewed, ...s.allRoutes.map((r) => r.price?.seen)]));
  return {
    ...figures,
    routeRows: { a: routeRows(data.a), b: routeRows(data.b) },
    priceNotes: [...priceNotes(f.a.model.name, recentPriceChanges(f.a.routes, asOf)), ...priceNotes(f.b.model.name, recentPriceChanges(f.b.routes, asOf))],
    dataJson,
  };
}

/** Price-change notes shown per model: the newest ones in full, the rest counted (model pages list them all). */
export const PRICE_NOTES_PER_MODEL = 2;

function priceNotes(name: string, notes: string[]): string[] {
  const shown = notes.slice(0, PRICE_NOTES_PER_MODEL).map((t) => `${name}: ${t}`);
  const more = notes.length - shown.length;
  if (more > 0) shown.push(`${name}: prices also changed recently on ${plural(more, 'other route')}.`);
  return shown;
}

function routeRows(data: CostData['a']): RouteRowView[] {
  const usd = (v: number | undefined) => (v === undefined ? NOT_SOURCED : formatUsd(v));
  return data.routes.map((r) => ({
    provider: r.provider,
    input: usd(r.price?.input),
    cachedInput: usd(r.price?.cached_input),
    output: r.price && r.price.output === undefined && data.inputOnly ? 'Input only' : usd(r.price?.output),
    tiers: (r.price?.tiers ?? [])
      .map((t) => `Above ${formatTokens(t.above_tokens)}-token prompts: ${formatUsd(t.input)} input, ${formatUsd(t.output)} output${t.cached_input === undefined ? '' : `, ${formatUsd(t.cached_input)} cached`}`)
      .join('; '),
  }));
}
