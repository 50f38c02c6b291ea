/**
 * The per-1M rates a traffic bills at on one route: the standard (peak)
 * rates, the off-peak rates of a time-of-day route, the batch rates and the
 * cache-write rate. Pure and import-free but for types, as it also runs in
 * the browser (the calculator script).
 *
 * What is not sourced is never billed at 0:
 * - cached input without a cached-input price bills at the input price;
 * - cache writes without a cache-write price bill at the input price;
 * - batch traffic on a route without a batch price bills as other traffic;
 * - a long-context tier bills every rate of a request whole; a tier without
 *   its own batch or cache-write prices has none (they are not the base's).
 */
import type { BatchPrice, CacheWritePrice, OffPeakPrice, PriceTier } from '../../schemas/index.ts';

/** Off-peak prices as the arithmetic reads them: the prices and the share of a week's hours they apply in. */
export interface OffPeakRates {
  input: number;
  output?: number;
  cached_input?: number;
  /** Share of the hours of a week inside the off-peak windows, 0 to 1: the off-peak share of evenly spread traffic. */
  week_share: number;
}

/** The prices of a route that the arithmetic reads. */
export interface RoutePrices {
  input: number;
  output?: number;
  cached_input?: number;
  tiers?: readonly PriceTier[];
  cache_write?: readonly CacheWritePrice[];
  batch?: BatchPrice;
  off_peak?: OffPeakRates;
}

/** Per-1M rates of one way of sending traffic. */
export interface RateSet {
  input: number;
  /** 0 for input-only models. */
  output: number;
  cachedInput: number;
  cacheWrite: number;
}

/** The rates a traffic bills at on one route; the RateSet fields are the standard (peak) rates. */
export interface AppliedRate extends RateSet {
  /** false when cached tokens bill at the input price because no cached-input price is sourced. */
  cachedSourced: boolean;
  /** false when cache writes bill at the input price because no cache-write price is sourced. */
  cacheWriteSourced: boolean;
  /** Cache lifetime of the cache-write price billed ("5m"), where stated. */
  cacheWriteDuration: string | undefined;
  /** `above_tokens` of the long-context tier applied, or undefined for base prices. */
  tierAbove: number | undefined;
  /** The off-peak rates and the week's share of off-peak hours; undefined when the route bills the same at every hour. */
  offPeak: { rate: RateSet; weekShare: number } | undefined;
  /** Batch rates, undefined when no batch price is sourced. */
  batch: RateSet | undefined;
}

/** The long-context tier a prompt length falls in, or undefined for base prices. */
export function applicableTier(
  tiers: readonly PriceTier[] | undefined,
  promptTokens: number | undefined,
): PriceTier | undefined {
  if (!tiers || promptTokens === undefined) return undefined;
  let best: PriceTier | undefined;
  for (const t of tiers)
    if (promptTokens > t.above_tokens && (!best || t.above_tokens > best.above_tokens)) best = t;
  return best;
}

/** "5m" → 5, "1h" → 60; undefined when not stated or not a duration. */
function minutesOf(duration: string | undefined): number | undefined {
  const m = duration === undefined ? null : /^(\d+)(m|h)$/.exec(duration);
  return m ? Number(m[1]) * (m[2] === 'h' ? 60 : 1) : undefined;
}

/** The cache-write price billed: the one with the shortest stated lifetime (a provider's default), or the only one. */
export function defaultCacheWrite(
  list: readonly CacheWritePrice[] | undefined,
): CacheWritePrice | undefined {
  if (!list?.length) return undefined;
  return [...list].sort(
    (a, b) => (minutesOf(a.duration) ?? Infinity) - (minutesOf(b.duration) ?? Infinity),
  )[0];
}

/** The rates a traffic bills at, or undefined when the route has no output price and the model produces output. */
export function appliedRate(
  price: RoutePrices,
  traffic: { promptTokens?: number | undefined },
  inputOnly: boolean,
): AppliedRate | undefined {
  const tier = applicableTier(price.tiers, traffic.promptTokens);
  const base = tier ?? price;
  const output = base.output ?? (inputOnly ? 0 : undefined);
  if (output === undefined) return undefined;
  const write = defaultCacheWrite(base.cache_write);
  const cacheWrite = write?.price ?? base.input;
  const set = (
    p: { input: number; output?: number | undefined; cached_input?: number | undefined },
    fallbackOutput: number,
  ): RateSet => ({
    input: p.input,
    output: p.output ?? fallbackOutput,
    cachedInput: p.cached_input ?? p.input,
    cacheWrite: write?.price ?? p.input,
  });
  // Off-peak prices never come with tiers (the schema refuses both in one price), so `price` is the base here.
  const o = tier ? undefined : price.off_peak;
  return {
    input: base.input,
    output,
    cachedInput: base.cached_input ?? base.input,
    cacheWrite,
    cachedSourced: base.cached_input !== undefined,
    cacheWriteSourced: write !== undefined,
    cacheWriteDuration: write?.duration,
    tierAbove: tier?.above_tokens,
    offPeak: o && { rate: set(o, inputOnly ? 0 : output), weekShare: o.week_share },
    batch: base.batch && set(base.batch, inputOnly ? 0 : output),
  };
}

const DAY = 1440;

/** The minutes of a day inside a window "HH:MM-HH:MM" (UTC), as [start, end) with end past 1440 when it wraps midnight. */
function windowSpan(window: string): [number, number] | undefined {
  const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(window);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  let end = Number(m[3]) * 60 + Number(m[4]);
  if (end <= start) end += DAY;
  return [start, end];
}

/** Share of a week's hours inside off-peak windows (daily, UTC), with weekends off-peak all day when stated. */
export function offPeakWeekShare(offPeak: Pick<OffPeakPrice, 'windows_utc' | 'weekends'>): number {
  const covered = new Uint8Array(DAY);
  for (const w of offPeak.windows_utc) {
    const span = windowSpan(w);
    if (span) for (let t = span[0]; t < span[1]; t++) covered[t % DAY] = 1;
  }
  const perDay = covered.reduce((n, c) => n + c, 0);
  const weekendDay = offPeak.weekends ? DAY : perDay;
  return (5 * perDay + 2 * weekendDay) / (7 * DAY);
}
