/**
 * How current the catalogue is: the newest release date, the models released
 * in the last 90 days, the current prices by the age of their `seen` date,
 * and the share of models with three or more benchmark scores. Dates count
 * back from a stated day or from the newest date in the data, never the clock.
 */
import type { Catalogue } from '../schemas/index.ts';
import { daysBetween, newestDate } from './dates.ts';

export const RECENT_DAYS = 90;
/** A model "has scores" when it has at least this many. */
export const SCORED_MIN = 3;

/** Age buckets of a current price's `seen` date, in days before `asOf`: up to `maxDays` (the last has none). */
export const PRICE_AGE_BUCKETS: readonly { label: string; maxDays?: number }[] = [
  { label: '0-30 days', maxDays: 30 },
  { label: '31-90 days', maxDays: 90 },
  { label: '91-180 days', maxDays: 180 },
  { label: '181-365 days', maxDays: 365 },
  { label: 'over 365 days' },
];

export interface Currency {
  /** The date counted back from, and where it comes from. */
  asOf: string;
  asOfFrom: 'today' | 'data';
  /** The newest release date and the models released on it. */
  newestRelease?: { date: string; models: string[] };
  recentDays: number;
  /** Models released within `recentDays` before `asOf` (and not after it), newest first. */
  recent: { id: string; released: string }[];
  /** The current price of each active route, by the age of its `seen` date. */
  priceAges: { label: string; count: number; share: number }[];
  /** The newest `seen` date of any price. */
  newestPrice?: string;
  scoredMin: number;
  /** Models with at least `scoredMin` benchmark scores, overall and among the recent ones. */
  scored: { count: number; share: number };
  recentScored: { count: number; share: number };
}

/** The newest dated fact of the catalogue: a release, a price seen, or a score's date. */
export function newestDataDate(catalogue: Catalogue): string | undefined {
  const dates: string[] = [];
  for (const m of catalogue.models.values()) {
    if (m.released) dates.push(m.released);
    for (const s of m.benchmarks ?? []) dates.push(s.date);
  }
  for (const p of catalogue.providers.values())
    for (const r of p.routes) for (const x of r.prices ?? []) dates.push(x.seen);
  return newestDate(dates);
}

const shareOf = (count: number, total: number) => ({
  count,
  share: total === 0 ? 0 : count / total,
});

export function computeCurrency(catalogue: Catalogue, today?: string): Currency {
  const asOf = today ?? newestDataDate(catalogue) ?? '1970-01-01';
  const models = [...catalogue.models.values()];
  const released = models.filter(
    (m): m is typeof m & { released: string } => m.released !== undefined,
  );
  const newest = newestDate(released.map((m) => m.released));
  const recent = released
    .filter((m) => m.released <= asOf && daysBetween(m.released, asOf) <= RECENT_DAYS)
    .map((m) => ({ id: m.id, released: m.released }))
    .sort((a, b) =>
      a.released !== b.released ? (a.released < b.released ? 1 : -1) : a.id < b.id ? -1 : 1,
    );

  const current = [...catalogue.providers.values()].flatMap((p) =>
    p.routes.filter((r) => !r.deprecated && r.prices?.length).map((r) => r.prices!.at(-1)!.seen),
  );
  const counts = PRICE_AGE_BUCKETS.map(() => 0);
  for (const seen of current) {
    const age = Math.max(0, daysBetween(seen, asOf));
    const i = PRICE_AGE_BUCKETS.findIndex((b) => b.maxDays === undefined || age <= b.maxDays);
    counts[i]!++;
  }
  const scoredIds = new Set(
    models.filter((m) => (m.benchmarks?.length ?? 0) >= SCORED_MIN).map((m) => m.id),
  );
  return {
    asOf,
    asOfFrom: today === undefined ? 'data' : 'today',
    ...(newest
      ? {
          newestRelease: {
            date: newest,
            models: released
              .filter((m) => m.released === newest)
              .map((m) => m.id)
              .sort(),
          },
        }
      : {}),
    recentDays: RECENT_DAYS,
    recent,
    priceAges: PRICE_AGE_BUCKETS.map((b, i) => ({
      label: b.label,
      ...shareOf(counts[i]!, current.length),
    })),
    ...(current.length ? { newestPrice: newestDate(current) } : {}),
    scoredMin: SCORED_MIN,
    scored: shareOf(scoredIds.size, models.length),
    recentScored: shareOf(recent.filter((r) => scoredIds.has(r.id)).length, recent.length),
  };
}
