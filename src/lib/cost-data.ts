/**
 * The data the cost calculator needs for one pair, in a compact JSON form
 * that the page carries in a <script type="application/json"> (data, not
 * code: fine under a Content-Security-Policy without inline scripts).
 *
 * Compact form, arrays instead of objects to keep pages small:
 *   side  = [name, inputOnly (0|1), modelContext (0 = not sourced), routes]
 *   route = [provider, contextLimit (0 = none)] when no price is sourced, or
 *           [provider, contextLimit, input, output|null, cached|null, tiers?]
 *   tier  = [above_tokens, input, output, cached|null]
 */
import type { CostRoute, RoutePrices } from './cost.ts';
import { toCostRoute } from './cost.ts';
import { INPUT_ONLY_KINDS } from './labels.ts';
import type { SideFacts } from './pair-facts.ts';

export interface SideCostData {
  name: string;
  inputOnly: boolean;
  /** The model's context window, checked against the prompt length where a route states no limit. */
  modelContext: number | undefined;
  /** Active routes, by provider name. */
  routes: CostRoute[];
}

export interface CostData {
  a: SideCostData;
  b: SideCostData;
}

export function sideCostData(s: SideFacts): SideCostData {
  return {
    name: s.model.name,
    inputOnly: INPUT_ONLY_KINDS.has(s.model.kind),
    modelContext: s.model.context_window,
    routes: s.routes.map((r) => {
      const c = toCostRoute(r);
      const p = c.price;
      // Only the fields the arithmetic reads: the rest of a price record (its date) stays off the page.
      return { ...c, price: p && { input: p.input, output: p.output, cached_input: p.cached_input, tiers: p.tiers } };
    }),
  };
}

type Num = number | null;
type CompactTier = [number, number, number, Num];
type CompactRoute = [string, number] | [string, number, number, Num, Num] | [string, number, number, Num, Num, CompactTier[]];
type CompactSide = [string, 0 | 1, number, CompactRoute[]];

/** The JSON text of the data, safe to place inside a <script> element. */
export function encodeCostData(d: CostData): string {
  const json = JSON.stringify([encodeSide(d.a), encodeSide(d.b)]);
  return json.replace(/</g, '\\u003c');
}

export function decodeCostData(json: string): CostData {
  const [a, b] = JSON.parse(json) as [CompactSide, CompactSide];
  return { a: decodeSide(a), b: decodeSide(b) };
}

function encodeSide(s: SideCostData): CompactSide {
  return [s.name, s.inputOnly ? 1 : 0, s.modelContext ?? 0, s.routes.map(encodeRoute)];
}

function encodeRoute(r: CostRoute): CompactRoute {
  const p = r.price;
  if (!p) return [r.provider, r.contextLimit ?? 0];
  const head: [string, number, number, Num, Num] = [r.provider, r.contextLimit ?? 0, p.input, p.output ?? null, p.cached_input ?? null];
  if (!p.tiers?.length) return head;
  return [...head, p.tiers.map((t): CompactTier => [t.above_tokens, t.input, t.output, t.cached_input ?? null])];
}

function decodeSide([name, inputOnly, modelContext, routes]: CompactSide): SideCostData {
  return { name, inputOnly: inputOnly === 1, modelContext: modelContext || undefined, routes: routes.map(decodeRoute) };
}

function decodeRoute(r: CompactRoute): CostRoute {
  const route: CostRoute = { provider: r[0] };
  if (r[1]) route.contextLimit = r[1];
  if (r.length < 5) return route;
  const price: RoutePrices = { input: r[2]! };
  if (r[3] !== null) price.output = r[3];
  if (r[4] !== null) price.cached_input = r[4];
  const tiers = r[5];
  if (tiers) price.tiers = tiers.map(([above_tokens, input, output, cached]) => (cached === null ? { above_tokens, input, output } : { above_tokens, input, output, cached_input: cached }));
  route.price = price;
  return route;
}
