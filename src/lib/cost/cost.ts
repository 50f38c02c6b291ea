/**
 * Monthly cost arithmetic: prices are USD per 1M tokens, traffic is tokens
 * per month. The cheapest route is the one with the lowest monthly cost.
 * The same module runs at build time and in the browser (the calculator
 * script imports it), so it imports nothing but types and constants.
 *
 * How traffic maps to prices (rates from cost-rates.ts):
 * - Cached input: `cachedShare` of the input tokens bill at the cached-input
 *   price, and `cacheWriteShare` of them at the cache-write price (the one of
 *   the shortest stated lifetime). Where either is not sourced those tokens
 *   bill at the input price (no discount or surcharge is assumed, never a
 *   price of 0) and the route says so.
 * - Batch: `batchShare` of all tokens go through the batch API and bill at
 *   the batch prices where the route has them; elsewhere as other traffic.
 * - Time of day: on a route with off-peak prices, `offPeakShare` of the other
 *   traffic bills at the off-peak prices and the rest at the standard (peak)
 *   ones. Left out, traffic is spread evenly over the week: the share is that
 *   of the week's hours inside the route's off-peak windows.
 * - Long-context tiers: every request is taken to carry the average prompt
 *   length `promptTokens`. A tier applies when that length is above its
 *   `above_tokens` (the highest such tier wins) and then bills all input,
 *   cached input and output, as providers bill a long request whole at the
 *   tier rate. A tier without a cached-input price bills cached tokens at the
 *   tier's input price. Without a prompt length, prompts are taken to be
 *   shorter than every tier: base prices.
 * - A route whose context limit (or, without one, the model's context window)
 *   is below the prompt length cannot serve the traffic and is left out.
 */
import type { Model, Price } from '../../schemas/index.ts';
import {
  appliedRate,
  offPeakWeekShare,
  type AppliedRate,
  type RateSet,
  type RoutePrices,
} from './cost-rates.ts';
import { INPUT_ONLY_KINDS } from '../format/labels.ts';
import type { ModelRoute } from './model-routes.ts';

export {
  applicableTier,
  appliedRate,
  type AppliedRate,
  type RateSet,
  type RoutePrices,
} from './cost-rates.ts';

export interface Traffic {
  /** Input tokens per month, cached ones included. */
  inputTokens: number;
  /** Output tokens per month. */
  outputTokens: number;
  /** Share of input tokens read from a prompt cache, 0 to 1; 0 when left out. */
  cachedShare?: number;
  /** Share of input tokens written to a prompt cache, 0 to 1; 0 when left out. */
  cacheWriteShare?: number;
  /** Share of the traffic sent in off-peak hours, 0 to 1; left out: spread evenly over the week. */
  offPeakShare?: number;
  /** Share of the traffic sent through a batch API, 0 to 1; 0 when left out. */
  batchShare?: number;
  /** Average prompt length per request in tokens; left out: below every long-context tier. */
  promptTokens?: number;
}

/** The traffic every page states: 1,000M input and 200M output tokens a month. */
export const DEFAULT_TRAFFIC: Traffic = { inputTokens: 1_000_000_000, outputTokens: 200_000_000 };

/** A route as the arithmetic sees it: built from a ModelRoute, or from a page's compact data in the browser. */
export interface CostRoute {
  provider: string;
  /** The route's own context limit; used for the tie rule and the prompt-length check. */
  contextLimit?: number;
  price?: RoutePrices;
}

export type RouteLine =
  | { status: 'priced'; rate: AppliedRate; monthly: number }
  | { status: 'unpriced'; reason: 'no-price' | 'no-output-price' | 'over-context' };

/** Monthly USD for a traffic at one set of per-1M-token prices, rounded to cents (half a cent up). */
export function monthlyCost(
  traffic: Traffic,
  input: number,
  output: number,
  cachedInput: number = input,
): number {
  return roundCents(rateSetUsd(traffic, { input, output, cachedInput, cacheWrite: input }));
}

/** Monthly USD for a traffic on one route, every way of sending it counted, rounded to cents. */
export function routeMonthlyCost(traffic: Traffic, rate: AppliedRate): number {
  const offPeak = rate.offPeak ? offPeakShareOf(traffic, rate.offPeak.weekShare) : 0;
  let usd = rateSetUsd(traffic, rate);
  if (rate.offPeak) usd = offPeak * rateSetUsd(traffic, rate.offPeak.rate) + (1 - offPeak) * usd;
  const batch = rate.batch ? clampShare(traffic.batchShare) : 0;
  if (rate.batch) usd = batch * rateSetUsd(traffic, rate.batch) + (1 - batch) * usd;
  return roundCents(usd);
}

/** The off-peak share a traffic bills at on a route whose off-peak hours are `weekShare` of the week. */
export function offPeakShareOf(traffic: Traffic, weekShare: number): number {
  return traffic.offPeakShare === undefined
    ? clampShare(weekShare)
    : clampShare(traffic.offPeakShare);
}

/** Unrounded USD of a traffic billed wholly at one set of rates. */
function rateSetUsd(traffic: Traffic, r: RateSet): number {
  const cached = clampShare(traffic.cachedShare);
  const written = Math.min(clampShare(traffic.cacheWriteShare), 1 - cached);
  const millions = traffic.inputTokens / 1e6;
  return (
    millions *
      ((1 - cached - written) * r.input + cached * r.cachedInput + written * r.cacheWrite) +
    (traffic.outputTokens / 1e6) * r.output
  );
}

/** Through a fixed-point string first, so 14.499999999999998 cents reads as the 14.5 it means. */
function roundCents(usd: number): number {
  return Math.round(Number((usd * 100).toFixed(6))) / 100;
}

/** The monthly cost of one route, or why it has none. */
export function costLine(
  route: CostRoute,
  inputOnly: boolean,
  traffic: Traffic,
  modelContext?: number,
): RouteLine {
  if (!route.price) return { status: 'unpriced', reason: 'no-price' };
  const limit = route.contextLimit ?? modelContext;
  if (traffic.promptTokens !== undefined && limit !== undefined && traffic.promptTokens > limit)
    return { status: 'unpriced', reason: 'over-context' };
  const rate = appliedRate(route.price, traffic, inputOnly);
  if (!rate) return { status: 'unpriced', reason: 'no-output-price' };
  return { status: 'priced', rate, monthly: routeMonthlyCost(traffic, rate) };
}

/**
 * Cheapest first; on equal cost the route with the larger context limit
 * wins (it serves more requests at that price), then the provider name.
 */
export function compareCosts(
  a: { monthly: number; route: CostRoute },
  b: { monthly: number; route: CostRoute },
): number {
  return (
    a.monthly - b.monthly ||
    (b.route.contextLimit ?? 0) - (a.route.contextLimit ?? 0) ||
    a.route.provider.localeCompare(b.route.provider, 'en')
  );
}

/** Index of the cheapest priced line, or -1 when none is priced. */
export function cheapestIndex(routes: readonly CostRoute[], lines: readonly RouteLine[]): number {
  let best = -1;
  lines.forEach((line, i) => {
    if (line.status !== 'priced') return;
    const cur = lines[best];
    if (
      best < 0 ||
      (cur?.status === 'priced' &&
        compareCosts(
          { monthly: line.monthly, route: routes[i]! },
          { monthly: cur.monthly, route: routes[best]! },
        ) < 0)
    )
      best = i;
  });
  return best;
}

export interface RouteCost {
  route: ModelRoute;
  input: number;
  /** Output price; 0 for input-only models. */
  output: number;
  /** Cached-input price billed (the input price where none is sourced). */
  cachedInput: number;
  rate: AppliedRate;
  monthly: number;
}

export type CostEstimate =
  | { status: 'priced'; cheapest: RouteCost; routes: RouteCost[] }
  | { status: 'unavailable'; reason: string };

/** A ModelRoute as the arithmetic sees it. */
export function toCostRoute(r: ModelRoute): CostRoute {
  return {
    provider: r.provider.name,
    contextLimit: r.route.context_limit,
    price: r.price && routePrices(r.price),
  };
}

/** The fields of a dated price that the arithmetic reads; off-peak windows become the week's share of off-peak hours. */
export function routePrices(p: Price): RoutePrices {
  const out: RoutePrices = { input: p.input };
  if (p.output !== undefined) out.output = p.output;
  if (p.cached_input !== undefined) out.cached_input = p.cached_input;
  if (p.tiers) out.tiers = p.tiers;
  if (p.cache_write) out.cache_write = p.cache_write;
  if (p.batch) out.batch = p.batch;
  if (p.off_peak) {
    const { windows_utc, weekends, ...prices } = p.off_peak;
    out.off_peak = { ...prices, week_share: offPeakWeekShare({ windows_utc, weekends }) };
  }
  return out;
}

/** Cost of every completely priced active route, cheapest first. */
export function estimateCost(
  model: Model,
  routes: readonly ModelRoute[],
  traffic: Traffic = DEFAULT_TRAFFIC,
): CostEstimate {
  const inputOnly = INPUT_ONLY_KINDS.has(model.kind);
  const priced: RouteCost[] = [];
  for (const r of routes) {
    if (r.deprecated) continue;
    const line = costLine(toCostRoute(r), inputOnly, traffic, model.context_window);
    if (line.status !== 'priced') continue;
    const { rate, monthly } = line;
    priced.push({
      route: r,
      input: rate.input,
      output: rate.output,
      cachedInput: rate.cachedInput,
      rate,
      monthly,
    });
  }
  if (priced.length === 0) {
    const reason =
      routes.length === 0
        ? 'No active provider route is tracked for this model.'
        : 'No tracked provider route has a sourced input and output token price.';
    return { status: 'unavailable', reason };
  }
  priced.sort(compareRouteCosts);
  return { status: 'priced', cheapest: priced[0]!, routes: priced };
}

/** The tie rule of compareCosts, on RouteCosts. */
export function compareRouteCosts(a: RouteCost, b: RouteCost): number {
  return compareCosts(
    { monthly: a.monthly, route: toCostRoute(a.route) },
    { monthly: b.monthly, route: toCostRoute(b.route) },
  );
}

/** A share kept within 0 to 1 (0 for anything else). */
export function clampShare(share: number | undefined): number {
  return share !== undefined && Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}
