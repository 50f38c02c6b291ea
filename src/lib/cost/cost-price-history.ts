/**
 * Price history: a route's `prices` list is dated, oldest first, the last
 * being the current price. A change is two consecutive entries that differ;
 * an entry that repeats the previous price only re-confirms it.
 *
 * - derivePriceHistory: every route of a model with more than one dated
 *   price, each entry marked with how it changed (for model pages, through
 *   the PriceHistory component).
 * - recentPriceChanges: the latest change of each route of a model when it
 *   falls within RECENT_DAYS of a reference date (for the pair page's note,
 *   "Price cut on …"). The reference is a date of the data, never the build
 *   clock, so a page reads the same whenever it is built.
 */
import { priceTerms } from './price-terms.ts';
import type { Price } from '../../schemas/index.ts';
import { formatDate, formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import type { ModelRoute } from './model-routes.ts';

export type ChangeKind = 'cut' | 'rise' | 'change';

export interface PriceChange {
  /** The date the new price was seen. */
  date: string;
  kind: ChangeKind;
  from: Price;
  to: Price;
}

/** Changes between consecutive dated prices, oldest first. */
export function priceChanges(prices: readonly Price[] | undefined): PriceChange[] {
  const changes: PriceChange[] = [];
  (prices ?? []).forEach((to, i) => {
    const from = prices![i - 1];
    if (!from) return;
    const kind = changeKind(from, to);
    if (kind) changes.push({ date: to.seen, kind, from, to });
  });
  return changes;
}

/** How one price differs from the one before, or undefined when it is the same. */
export function changeKind(from: Price, to: Price): ChangeKind | undefined {
  const fields = ['input', 'output', 'cached_input'] as const;
  let down = false;
  let up = false;
  const same = (k: 'tiers' | 'off_peak' | 'batch' | 'cache_write') =>
    JSON.stringify(from[k] ?? null) === JSON.stringify(to[k] ?? null);
  // Batch and cache-write prices first stated beside unchanged prices are newly sourced, not a change.
  const changed = (k: 'batch' | 'cache_write') => from[k] !== undefined && !same(k);
  let other = !same('tiers') || !same('off_peak') || changed('batch') || changed('cache_write');
  for (const k of fields) {
    const x = from[k];
    const y = to[k];
    if (x === undefined || y === undefined) other ||= x !== y;
    else if (y < x) down = true;
    else if (y > x) up = true;
  }
  if (down && !up) return 'cut';
  if (up && !down) return 'rise';
  return down || up || other ? 'change' : undefined;
}

const KIND_WORDS: Record<ChangeKind, string> = {
  cut: 'Price cut',
  rise: 'Price rise',
  change: 'Price change',
};

export interface PriceHistoryRow {
  date: string;
  input: string;
  output: string;
  cachedInput: string;
  /** Long-context tiers, off-peak, batch and cache-write prices, e.g. "above 200K: $2.50 in, $15 out"; "" when none. */
  tiers: string;
  /** "Price cut", "Price rise", "Price change", "First seen" or "Unchanged". */
  change: string;
}

export interface RoutePriceHistory {
  provider: string;
  deprecated: boolean;
  /** Newest first. */
  rows: PriceHistoryRow[];
}

export interface PriceHistoryView {
  routes: RoutePriceHistory[];
  /** Shown instead of the tables when no route has more than one dated price. */
  note: string | undefined;
}

/** The price history of a model's routes (pass every route, deprecated ones included). */
export function derivePriceHistory(routes: readonly ModelRoute[]): PriceHistoryView {
  const withHistory = routes.filter((r) => (r.route.prices?.length ?? 0) > 1);
  if (withHistory.length === 0)
    return {
      routes: [],
      note: 'No price change is recorded: each tracked route has at most one dated price.',
    };
  return {
    routes: withHistory.map((r) => {
      const prices = r.route.prices!;
      const rows = prices.map((p, i) => {
        const prev = prices[i - 1];
        const kind = prev && changeKind(prev, p);
        return {
          ...priceCells(p),
          date: formatDate(p.seen),
          change: !prev ? 'First seen' : kind ? KIND_WORDS[kind] : 'Unchanged',
        };
      });
      return { provider: r.provider.name, deprecated: r.deprecated, rows: rows.reverse() };
    }),
    note: undefined,
  };
}

function priceCells(p: Price): Omit<PriceHistoryRow, 'date' | 'change'> {
  const usd = (v: number | undefined) => (v === undefined ? NOT_SOURCED : formatUsd(v));
  const terms = priceTerms(p);
  const tiers = [
    ...(p.tiers ?? []).map(
      (t) =>
        `above ${formatTokens(t.above_tokens)}: ${formatUsd(t.input)} in, ${formatUsd(t.output)} out`,
    ),
    terms.offPeak,
    p.batch ? `Batch: ${terms.batch}` : '',
    p.cache_write ? `Cache writes: ${terms.cacheWrite}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { input: usd(p.input), output: usd(p.output), cachedInput: usd(p.cached_input), tiers };
}

/** A change counts as recent within this many days of the reference date. */
export const RECENT_DAYS = 90;

/**
 * "Price cut on 2026-04-01: OpenRouter input $0.20 → $0.15, output $0.80 → $0.60 per 1M tokens."
 * One sentence per active route whose latest change is recent, newest first.
 */
export function recentPriceChanges(
  routes: readonly ModelRoute[],
  asOf: string | undefined,
  days = RECENT_DAYS,
): string[] {
  if (!asOf) return [];
  const since = new Date(Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const found = latestChanges(routes).filter((c) => c.date >= since && c.date <= asOf);
  return found
    .sort((x, y) => y.date.localeCompare(x.date) || x.text.localeCompare(y.text, 'en'))
    .map((x) => x.text);
}

interface RouteChange {
  date: string;
  text: string;
}
const latestOfRoute = new WeakMap<ModelRoute, RouteChange | null>();

/** The latest change of each active route, described. */
function latestChanges(routes: readonly ModelRoute[]): RouteChange[] {
  return routes.flatMap((r) => latestChange(r) ?? []);
}

/** A route's latest price change, kept per route: a model's routes are shared by all its pairs. */
function latestChange(r: ModelRoute): RouteChange | null {
  let found = latestOfRoute.get(r);
  if (found !== undefined) return found;
  const last = r.deprecated ? undefined : priceChanges(r.route.prices).at(-1);
  found = last
    ? {
        date: last.date,
        text: `${KIND_WORDS[last.kind]} on ${formatDate(last.date)}: ${r.provider.name} ${changeDetail(last)}.`,
      }
    : null;
  latestOfRoute.set(r, found);
  return found;
}

function changeDetail(c: PriceChange): string {
  const parts: string[] = [];
  const fields = [
    ['input', 'input'],
    ['output', 'output'],
    ['cached_input', 'cached input'],
  ] as const;
  for (const [k, word] of fields) {
    const x = c.from[k];
    const y = c.to[k];
    if (x === y) continue;
    if (x === undefined) parts.push(`${word} ${formatUsd(y!)} added`);
    else if (y === undefined) parts.push(`${word} price no longer listed`);
    else parts.push(`${word} ${formatUsd(x)} → ${formatUsd(y)}`);
  }
  const prices = parts.length ? `${parts.join(', ')} per 1M tokens` : '';
  const terms = priceTerms(c.to);
  const extra = [
    JSON.stringify(c.from.off_peak ?? null) !== JSON.stringify(c.to.off_peak ?? null)
      ? terms.offPeak
        ? terms.offPeak.replace(/^Off-peak/, 'off-peak')
        : 'off-peak prices no longer listed'
      : '',
    // Batch and cache-write prices first stated are newly sourced, not a change (as in changeKind).
    c.from.batch && JSON.stringify(c.from.batch) !== JSON.stringify(c.to.batch ?? null)
      ? `batch ${terms.batch === NOT_SOURCED ? 'prices no longer listed' : terms.batch}`
      : '',
    c.from.cache_write &&
    JSON.stringify(c.from.cache_write) !== JSON.stringify(c.to.cache_write ?? null)
      ? `cache writes ${terms.cacheWrite === NOT_SOURCED ? 'no longer listed' : terms.cacheWrite}`
      : '',
  ].filter(Boolean);
  const all = [prices, ...extra].filter(Boolean);
  return all.length ? all.join('; ') : 'long-context tiers changed';
}
