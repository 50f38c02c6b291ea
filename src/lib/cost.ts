/**
 * Monthly cost arithmetic: prices are USD per 1M tokens, traffic is tokens
 * per month. The cheapest route is the one with the lowest monthly cost.
 */
import type { Model } from '../schemas/index.ts';
import { INPUT_ONLY_KINDS } from './labels.ts';
import type { ModelRoute } from './model-routes.ts';

export interface Traffic {
  /** Input tokens per month. */
  inputTokens: number;
  /** Output tokens per month. */
  outputTokens: number;
}

/** The traffic every page states: 1,000M input and 200M output tokens a month. */
export const DEFAULT_TRAFFIC: Traffic = { inputTokens: 1_000_000_000, outputTokens: 200_000_000 };

export interface RouteCost {
  route: ModelRoute;
  input: number;
  /** Output price; 0 for input-only models. */
  output: number;
  monthly: number;
}

export type CostEstimate =
  | { status: 'priced'; cheapest: RouteCost; routes: RouteCost[] }
  | { status: 'unavailable'; reason: string };

/** Monthly USD for a traffic at per-1M-token prices, rounded to cents. */
export function monthlyCost(traffic: Traffic, input: number, output: number): number {
  return Math.round(((traffic.inputTokens / 1e6) * input + (traffic.outputTokens / 1e6) * output) * 100) / 100;
}

/** Cost of every completely priced active route, cheapest first. */
export function estimateCost(model: Model, routes: readonly ModelRoute[], traffic: Traffic = DEFAULT_TRAFFIC): CostEstimate {
  const inputOnly = INPUT_ONLY_KINDS.has(model.kind);
  const priced: RouteCost[] = [];
  for (const r of routes) {
    if (r.deprecated || !r.price) continue;
    const output = r.price.output ?? (inputOnly ? 0 : undefined);
    if (output === undefined) continue;
    priced.push({ route: r, input: r.price.input, output, monthly: monthlyCost(traffic, r.price.input, output) });
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

/**
 * Cheapest first; on equal cost the route with the larger context limit
 * wins (it serves more requests at that price), then the provider name.
 */
export function compareRouteCosts(a: RouteCost, b: RouteCost): number {
  return (
    a.monthly - b.monthly ||
    (b.route.route.context_limit ?? 0) - (a.route.route.context_limit ?? 0) ||
    a.route.provider.name.localeCompare(b.route.provider.name, 'en')
  );
}
