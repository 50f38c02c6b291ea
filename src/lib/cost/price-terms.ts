/**
 * A dated price's terms beyond its standard input, cached-input and output
 * prices, as short lines of text: long-context tiers, off-peak windows and
 * prices, batch prices and cache-write prices. Shared by the pair page's cost
 * table and the model and provider pages' route tables, so they read alike.
 */
import type { Price, PriceTier } from '../../schemas/index.ts';
import {
  formatCacheLifetime,
  formatTokens,
  formatUsd,
  formatUtcWindows,
  NOT_SOURCED,
} from '../format/format.ts';

export interface PriceTermsView {
  /** "Above 200K-token prompts: $2.50 input, $15 output, $0.25 cached"; one per tier. */
  tiers: string[];
  /** "Off-peak 16:30–00:30 UTC: $0.135 input, $0.55 output, $0.035 cached"; "" when the route bills alike at every hour. */
  offPeak: string;
  /** "$1.50 input, $7.50 output", or "Not sourced". */
  batch: string;
  /** "$3.75 (5-minute cache), $6 (1-hour cache)", or "Not sourced". */
  cacheWrite: string;
}

type Prices = { input: number; output?: number | undefined; cached_input?: number | undefined };

/** "$2.50 input, $15 output, $0.25 cached", each figure only where sourced. */
export function priceList(p: Prices): string {
  const parts = [`${formatUsd(p.input)} input`];
  if (p.output !== undefined) parts.push(`${formatUsd(p.output)} output`);
  if (p.cached_input !== undefined) parts.push(`${formatUsd(p.cached_input)} cached`);
  return parts.join(', ');
}

/** "$3.75 (5-minute cache), $6 (1-hour cache)", or "Not sourced". */
export function cacheWriteList(p: Pick<PriceTier, 'cache_write'>): string {
  if (!p.cache_write?.length) return NOT_SOURCED;
  return p.cache_write
    .map((w) =>
      w.duration
        ? `${formatUsd(w.price)} (${formatCacheLifetime(w.duration)} cache)`
        : formatUsd(w.price),
    )
    .join(', ');
}

/** A tier's line, with its own batch and cache-write prices where stated. */
function tierLine(t: PriceTier): string {
  let line = `Above ${formatTokens(t.above_tokens)}-token prompts: ${priceList(t)}`;
  if (t.batch) line += `; batch ${priceList(t.batch)}`;
  if (t.cache_write) line += `; cache writes ${cacheWriteList(t)}`;
  return line;
}

export function priceTerms(p: Price | undefined): PriceTermsView {
  if (!p) return { tiers: [], offPeak: '', batch: NOT_SOURCED, cacheWrite: NOT_SOURCED };
  const o = p.off_peak;
  return {
    tiers: (p.tiers ?? []).map(tierLine),
    offPeak: o ? `Off-peak ${formatUtcWindows(o.windows_utc, o.weekends)}: ${priceList(o)}` : '',
    batch: p.batch ? priceList(p.batch) : NOT_SOURCED,
    cacheWrite: cacheWriteList(p),
  };
}
