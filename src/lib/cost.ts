/**
 * Monthly cost arithmetic: prices are USD per 1M tokens, traffic is tokens
 * per month. The cheapest route is the one with the lowest monthly cost.
 * The same module runs at build time and in the browser (the calculator
 * script imports it), so it imports nothing but types and constants.
 *
 * How traffic maps to prices:
 * - Cached input: `cachedShare` of the input tokens bill at the cached-input
 *   price. Where none is sourced they bill at the input price (no discount is
 *   assumed, never a price of 0) and the route says so.
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
import type { Model, PriceTier } from '../schemas/index.ts';
import { INPUT_ONLY_KINDS } from './labels.ts';
import type { ModelRoute } from './model-routes.ts';

export interface Traffic {
  /** Input tokens per month, cached ones included. */
  inputTokens: number;
  /** Output tokens per month. */
  outputTokens: number;
  /** Share of input tokens read from a prompt cache, 0 to 1; 0 when left out. */
  cachedShare?: number;
  /** Average prompt length per request in tokens; left out: below every long-context tier. */
  promptTokens?: number;
}

/** The traffic every page states: 1,000M input and 200M output tokens a month. */
export const DEFAULT_TRAFFIC: Traffic = { inputTokens: 1_000_000_000, outputTokens: 200_000_000 };

/** The prices of a route that the arithmetic reads (a schema Price fits). */
export interface RoutePrices {
  input: number;
  output?: number;
  cached_input?: number;
  tiers?: readonly PriceTier[];
}

/** A route as the arithmetic sees it: built from a ModelRoute, or from a page's compact data in the browser. */
export interface CostRoute {
  provider: string;
  /** The route's own context limit; used for the tie rule and the prompt-length check. */
  contextLimit?: number;
  price?: RoutePrices;
}

/** The per-1M prices a traffic is billed at on one route. */
export interface AppliedRate {
  input: number;
  /** 0 for input-only models. */
  output: number;
  cachedInput: number;
  /** false when cached tokens bill at the input price because no cached-input price is sourced. */
  cachedSourced: boolean;
  /** `above_tokens` of the long-context tier applied, or undefined for base prices. */
  tierAbove: number | undefined;
}

export type RouteLine =
  | { status: 'priced'; rate: AppliedRate; monthly: number }
  | { status: 'unpriced'; reason: 'no-price' | 'no-output-price' | 'over-context' };

/** Monthly USD for a traffic at per-1M-token prices, rounded to cents (half a cent up). */
export function monthlyCost(traffic: Traffic, input: number, output: number, cachedInput: number = input): number {
  const share = clampShare(traffic.cachedShare);
  const millions = traffic.inputTokens / 1e6;
  const usd = millions * (1 - share) * input + millions * share * cachedInput + (traffic.outputTokens / 1e6) * output;
  // Through a fixed-point string first, so 14.499999999999998 cents reads as the 14.5 it means.
  return Math.round(Number((usd * 100).toFixed(6))) / 100;
}

/** The long-context tier a prompt length falls in, or undefined for base prices. */
export function applicableTier(tiers: readonly PriceTier[] | undefined, promptTokens: number | undefined): PriceTier | undefined {
  if (!tiers || promptTokens === undefined) return undefined;
  let best: PriceTier | undefined;
  for (const t of tiers) if (promptTokens > t.above_tokens && (!best || t.above_tokens > best.above_tokens)) best = t;
  return best;
}

/** The rates a traffic bills at, or undefined when the route has no output price and the model produces output. */
export function appliedRate(price: RoutePrices, traffic: Traffic, inputOnly: boolean): AppliedRate | undefined {
  const tier = applicableTier(price.tiers, traffic.promptTokens);
  const base = tier ?? price;
  const output = base.output ?? (inputOnly ? 0 : undefined);
  if (output === undefined) return undefined;
  const cachedSourced = base.cached_input !== undefined;
  return { input: base.input, output, cachedInput: base.cached_input ?? base.input, cachedSourced, tierAbove: tier?.above_tokens };
}

/** The monthly cost of one route, or why it has none. */
export function costLine(route: CostRoute, inputOnly: boolean, traffic: Traffic, modelContext?: number): RouteLine {
  if (!route.price) return { status: 'unpriced', reason: 'no-price' };
  const limit = route.contextLimit ?? modelContext;
  if (traffic.promptTokens !== undefined && limit !== undefined && traffic.promptTokens > limit) return { status: 'unpriced', reason: 'over-context' };
  const rate = appliedRate(route.price, traffic, inputOnly);
  if (!rate) return { status: 'unpriced', reason: 'no-output-price' };
  return { status: 'priced', rate, monthly: monthlyCost(traffic, rate.input, rate.output, rate.cachedInput) };
}

/**
 * Cheapest first; on equal cost the route with the larger context limit
 * wins (it serves more requests at that price), then the provider name.
 */
export function compareCosts(a: { monthly: number; route: CostRoute }, b: { monthly: number; route: CostRoute }): number {
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
    if (best < 0 || (cur?.status === 'priced' && compareCosts({ monthly: line.monthly, route: routes[i]! }, { monthly: cur.monthly, route: routes[best]! }) < 0)) best = i;
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
  return { provider: r.provider.name, contextLimit: r.route.context_limit, price: r.price };
}

/** Cost of every completely priced active route, cheapest first. */
export function estimateCost(model: Model, routes: readonly ModelRoute[], traffic: Traffic = DEFAULT_TRAFFIC): CostEstimate {
  const inputOnly = INPUT_ONLY_KINDS.has(model.kind);
  const priced: RouteCost[] = [];
  for (const r of routes) {
    if (r.deprecated) continue;
    const line = costLine(toCostRoute(r), inputOnly, traffic, model.context_window);
    if (line.status !== 'priced') continue;
    const { rate, monthly } = line;
    priced.push({ route: r, input: rate.input, output: rate.output, cachedInput: rate.cachedInput, rate, monthly });
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
  return compareCosts({ monthly: a.monthly, route: toCostRoute(a.route) }, { monthly: b.monthly, route: toCostRoute(b.route) });
}

/** A share kept within 0 to 1 (0 for anything else). */
export function clampShare(share: number | undefined): number {
  return share !== undefined && Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}
