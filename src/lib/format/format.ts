/**
 * One formatter per kind of figure. Every figure on a page goes through one
 * of these, so a price, a token count or a date reads the same everywhere.
 */

/** The text shown wherever a fact has no source. */
export const NOT_SOURCED = 'Not sourced';

/**
 * Number formats made once: Number.prototype.toLocaleString builds a new
 * Intl.NumberFormat on every call, which made formatting the largest part of
 * deriving a pair page.
 */
const GROUPED = new Intl.NumberFormat('en-US');
const CENTS = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A token price: "$0.60/1M tokens". */
export function formatPricePerMillion(usd: number): string {
  return `${formatUsd(usd)}/1M tokens`;
}

/** A dollar amount: "$270", "$1,234.50", "$0.15", "$0.015" (sub-cent prices keep up to 4 significant digits). */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  if (Math.abs(usd) >= 1000) return `$${GROUPED.format(Math.round(usd))}`;
  if (Number.isInteger(usd)) return `$${usd}`;
  const cents = Math.round(usd * 100) / 100;
  if (Math.abs(usd - cents) < 1e-9) return `$${CENTS.format(cents)}`;
  return `$${Number(usd.toPrecision(4))}`;
}

/**
 * A token count in short form: 256,000 → "256K", 1,048,576 → "1M",
 * 131,072 → "128K". Round thousands use decimal units; other multiples of
 * 1,024 use binary units, as makers mean them.
 */
export function formatTokens(tokens: number): string {
  const binary = tokens % 1000 !== 0 && tokens % 1024 === 0;
  const k = binary ? 1024 : 1000;
  const units: [number, string][] = [
    [k * k * k, 'B'],
    [k * k, 'M'],
    [k, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (tokens >= size) return `${trimNumber(tokens / size)}${suffix}`;
  }
  return String(tokens);
}

/** A token volume for traffic: 1,000,000,000 → "1,000M". */
export function formatTokenVolume(tokens: number): string {
  return `${GROUPED.format(trimNumber(tokens / 1_000_000))}M`;
}

/** A benchmark score in its unit: "81.5%", "1234 Elo". */
export function formatScore(score: number, unit: string): string {
  return `${Number(score.toFixed(2))}${unit === '%' ? '%' : ` ${unit}`}`;
}

/** A share as a percentage: 0.5 → "50%", 0.125 → "12.5%". */
export function formatPercent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

/** A parameter count given in billions: 119 → "119B", 1000 → "1T", 6.5 → "6.5B". */
export function formatBillions(billions: number): string {
  return billions >= 1000 ? `${trimNumber(billions / 1000)}T` : `${trimNumber(billions)}B`;
}

/** A cache lifetime as a provider states it ("5m", "1h"), as an adjective: "5-minute", "1-hour". */
export function formatCacheLifetime(duration: string): string {
  const m = /^(\d+)(m|h)$/.exec(duration);
  return m ? `${m[1]}-${m[2] === 'h' ? 'hour' : 'minute'}` : duration;
}

/** Off-peak windows in UTC: "16:30–00:30 UTC"; "10:00–01:00 and 04:00–06:00 UTC, and all day at weekends". */
export function formatUtcWindows(windows: readonly string[], weekends = false): string {
  const list = `${formatList(windows.map((w) => w.replace('-', '–')))} UTC`;
  return weekends ? `${list}, and all day at weekends` : list;
}

/** A date kept as written in the record (YYYY-MM-DD or YYYY-MM): ISO, unambiguous for every reader. */
export function formatDate(iso: string): string {
  return iso;
}

/** The year of an ISO date. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** "a", "a and b", "a, b, and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** A count with its noun: "1 route", "3 routes". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${GROUPED.format(count)} ${count === 1 ? noun : nouns}`;
}

/** At most three significant decimals, no trailing zeros. */
function trimNumber(n: number): number {
  return Number(n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2));
}
