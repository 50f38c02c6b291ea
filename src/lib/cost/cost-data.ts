/**
 * The data the cost calculator needs for one pair, in a compact JSON form
 * that the page carries in a <script type="application/json"> (data, not
 * code: fine under a Content-Security-Policy without inline scripts).
 *
 * Compact form, arrays instead of objects to keep pages small:
 *   side  = [name, inputOnly (0|1), modelContext (0 = not sourced), routes]
 *   route = [provider, contextLimit (0 = none)] when no price is sourced, or
 *           [provider, contextLimit, input, output|null, cached|null, tiers?, extras?]
 *   tier  = [above_tokens, input, output, cached|null, extras?]
 *   extras = { o: off-peak [input, output|null, cached|null, week share],
 *              b: batch [input, output|null, cached|null],
 *              w: cache writes [[price, duration|null], …] }, each key only when sourced
 */
import type { BatchPrice, CacheWritePrice, PriceTier } from '../../schemas/index.ts';
import type { CostRoute, RoutePrices } from './cost.ts';
import { toCostRoute } from './cost.ts';
import { INPUT_ONLY_KINDS } from '../format/labels.ts';
import type { SideFacts } from '../pair/pair-facts.ts';

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

const sideData = new WeakMap<SideFacts, SideCostData>();

/** A side's cost data (kept per side: sides are shared between the pairs of a model). */
export function sideCostData(s: SideFacts): SideCostData {
  let data = sideData.get(s);
  if (!data) sideData.set(s, (data = costDataOf(s)));
  return data;
}

function costDataOf(s: SideFacts): SideCostData {
  return {
    name: s.model.name,
    inputOnly: INPUT_ONLY_KINDS.has(s.model.kind),
    modelContext: s.model.context_window,
    // toCostRoute keeps only the fields the arithmetic reads: the rest of a price record (its date) stays off the page.
    routes: s.routes.map(toCostRoute),
  };
}

type Num = number | null;
interface CompactExtras {
  o?: [number, Num, Num, number];
  b?: [number, Num, Num];
  w?: [number, string | null][];
}
type CompactTier = [number, number, number, Num] | [number, number, number, Num, CompactExtras];
type CompactRoute =
  | [string, number]
  | [string, number, number, Num, Num]
  | [string, number, number, Num, Num, CompactTier[]]
  | [string, number, number, Num, Num, CompactTier[], CompactExtras];
type CompactSide = [string, 0 | 1, number, CompactRoute[]];

/** The JSON text of the data, safe to place inside a <script> element. */
export function encodeCostData(d: CostData): string {
  return `[${encodedSide(d.a)},${encodedSide(d.b)}]`;
}

const encoded = new WeakMap<SideCostData, string>();
const decoded = new WeakMap<SideCostData, SideCostData>();

/** One side's JSON text, as encodeCostData writes it (kept per side: a model's side is shared by its pairs). */
function encodedSide(side: SideCostData): string {
  let text = encoded.get(side);
  if (text === undefined)
    encoded.set(side, (text = JSON.stringify(encodeSide(side)).replace(/</g, '\\u003c')));
  return text;
}

/** The sides as the browser gets them from the page's JSON: what decodeCostData gives for encodeCostData(d). */
export function decodedCostData(d: CostData): CostData {
  const side = (x: SideCostData) => {
    let back = decoded.get(x);
    if (!back) decoded.set(x, (back = decodeSide(JSON.parse(encodedSide(x)) as CompactSide)));
    return back;
  };
  return { a: side(d.a), b: side(d.b) };
}

export function decodeCostData(json: string): CostData {
  const [a, b] = JSON.parse(json) as [CompactSide, CompactSide];
  return { a: decodeSide(a), b: decodeSide(b) };
}

function encodeSide(s: SideCostData): CompactSide {
  return [s.name, s.inputOnly ? 1 : 0, s.modelContext ?? 0, s.routes.map(encodeRoute)];
}

interface ExtraPrices {
  cache_write?: readonly CacheWritePrice[] | undefined;
  batch?: BatchPrice | undefined;
  off_peak?: RoutePrices['off_peak'];
}

/** The extras of a price or tier, or undefined when it has none. */
function encodeExtras(p: ExtraPrices): CompactExtras | undefined {
  const x: CompactExtras = {};
  if (p.off_peak)
    x.o = [
      p.off_peak.input,
      p.off_peak.output ?? null,
      p.off_peak.cached_input ?? null,
      p.off_peak.week_share,
    ];
  if (p.batch) x.b = [p.batch.input, p.batch.output ?? null, p.batch.cached_input ?? null];
  if (p.cache_write) x.w = p.cache_write.map((w) => [w.price, w.duration ?? null]);
  return Object.keys(x).length ? x : undefined;
}

function decodeExtras<T extends ExtraPrices>(target: T, x: CompactExtras | undefined): T {
  if (!x) return target;
  const opt = <K extends string>(key: K, v: Num) =>
    v === null ? {} : ({ [key]: v } as Record<K, number>);
  if (x.o)
    target.off_peak = {
      input: x.o[0],
      ...opt('output', x.o[1]),
      ...opt('cached_input', x.o[2]),
      week_share: x.o[3],
    };
  if (x.b)
    target.batch = { input: x.b[0], ...opt('output', x.b[1]), ...opt('cached_input', x.b[2]) };
  if (x.w)
    target.cache_write = x.w.map(([price, duration]) =>
      duration === null ? { price } : { price, duration },
    );
  return target;
}

function encodeRoute(r: CostRoute): CompactRoute {
  const p = r.price;
  if (!p) return [r.provider, r.contextLimit ?? 0];
  const head: [string, number, number, Num, Num] = [
    r.provider,
    r.contextLimit ?? 0,
    p.input,
    p.output ?? null,
    p.cached_input ?? null,
  ];
  const tiers = (p.tiers ?? []).map((t): CompactTier => {
    const tier: CompactTier = [t.above_tokens, t.input, t.output, t.cached_input ?? null];
    const x = encodeExtras(t);
    return x ? [...tier, x] : tier;
  });
  const extras = encodeExtras(p);
  if (extras) return [...head, tiers, extras];
  return tiers.length ? [...head, tiers] : head;
}

function decodeSide([name, inputOnly, modelContext, routes]: CompactSide): SideCostData {
  return {
    name,
    inputOnly: inputOnly === 1,
    modelContext: modelContext || undefined,
    routes: routes.map(decodeRoute),
  };
}

function decodeRoute(r: CompactRoute): CostRoute {
  const route: CostRoute = { provider: r[0] };
  if (r[1]) route.contextLimit = r[1];
  if (r.length < 5) return route;
  const price: RoutePrices = { input: r[2]! };
  if (r[3] !== null) price.output = r[3];
  if (r[4] !== null) price.cached_input = r[4];
  const tiers = r[5];
  if (tiers?.length) {
    price.tiers = tiers.map(([above_tokens, input, output, cached, x]) => {
      const tier: PriceTier = { above_tokens, input, output };
      if (cached !== null) tier.cached_input = cached;
      return decodeExtras(tier, x);
    });
  }
  route.price = decodeExtras(price, r[6]);
  return route;
}
