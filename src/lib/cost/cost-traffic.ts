/**
 * The calculator's traffic: presets, the URL query string that keeps a chosen
 * traffic in a shared link, and the sentence that states it. Pure; runs at
 * build time and in the browser.
 *
 * Query keys, all optional: `in` and `out` (millions of tokens a month),
 * `cached` (percent of input tokens read from cache), `writes` (percent of
 * input tokens written to cache), `offpeak` (percent of traffic sent in
 * off-peak hours; left out: spread evenly over the week, so `offpeak=0` is
 * kept), `batch` (percent of traffic sent through a batch API), `prompt`
 * (average prompt length in tokens). A missing or unreadable key keeps the
 * default.
 */
import { DEFAULT_TRAFFIC, type Traffic } from './cost.ts';
import { formatPercent, formatTokens, formatTokenVolume } from '../format/format.ts';

export interface TrafficPreset {
  id: string;
  label: string;
  inputTokens: number;
  outputTokens: number;
}

export const TRAFFIC_PRESETS: readonly TrafficPreset[] = [
  { id: 'prototype', label: 'Prototype', inputTokens: 10_000_000, outputTokens: 2_000_000 },
  {
    id: 'production',
    label: 'Production',
    inputTokens: DEFAULT_TRAFFIC.inputTokens,
    outputTokens: DEFAULT_TRAFFIC.outputTokens,
  },
  { id: 'scale', label: 'Scale', inputTokens: 50_000_000_000, outputTokens: 10_000_000_000 },
];

/** Bounds of what the calculator accepts: up to 10 trillion tokens a month, prompts up to 100M tokens. */
export const MAX_MONTHLY_MILLIONS = 10_000_000;
export const MAX_PROMPT_TOKENS = 100_000_000;

/** "10M in, 2M out". */
export function presetVolumes(p: TrafficPreset): string {
  return `${formatTokenVolume(p.inputTokens)} in, ${formatTokenVolume(p.outputTokens)} out`;
}

/** The preset a traffic's volumes match, or undefined for custom traffic. */
export function presetOf(t: Traffic): TrafficPreset | undefined {
  return TRAFFIC_PRESETS.find(
    (p) => p.inputTokens === t.inputTokens && p.outputTokens === t.outputTokens,
  );
}

/** Reads a traffic from a query string ("?in=10&out=2&cached=50&prompt=150000"). */
export function parseTrafficQuery(search: string): Traffic {
  const q = new URLSearchParams(search);
  const num = (key: string, max: number): number | undefined => {
    const raw = q.get(key);
    if (raw === null || raw.trim() === '') return undefined;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
  };
  const traffic: Traffic = {
    inputTokens: millionsToTokens(num('in', MAX_MONTHLY_MILLIONS)) ?? DEFAULT_TRAFFIC.inputTokens,
    outputTokens:
      millionsToTokens(num('out', MAX_MONTHLY_MILLIONS)) ?? DEFAULT_TRAFFIC.outputTokens,
  };
  const cached = num('cached', 100);
  if (cached) traffic.cachedShare = cached / 100;
  const writes = num('writes', 100);
  if (writes) traffic.cacheWriteShare = writes / 100;
  const offPeak = num('offpeak', 100);
  if (offPeak !== undefined) traffic.offPeakShare = offPeak / 100;
  const batch = num('batch', 100);
  if (batch) traffic.batchShare = batch / 100;
  const prompt = num('prompt', MAX_PROMPT_TOKENS);
  if (prompt) traffic.promptTokens = Math.round(prompt);
  return traffic;
}

/** The query string of a traffic, "" for the default traffic (the page's own figures). */
export function trafficQuery(t: Traffic): string {
  const q = new URLSearchParams();
  if (
    t.inputTokens !== DEFAULT_TRAFFIC.inputTokens ||
    t.outputTokens !== DEFAULT_TRAFFIC.outputTokens
  ) {
    q.set('in', String(tokensToMillions(t.inputTokens)));
    q.set('out', String(tokensToMillions(t.outputTokens)));
  }
  const percent = (share: number) => String(Number((share * 100).toFixed(2)));
  if (t.cachedShare) q.set('cached', percent(t.cachedShare));
  if (t.cacheWriteShare) q.set('writes', percent(t.cacheWriteShare));
  if (t.offPeakShare !== undefined) q.set('offpeak', percent(t.offPeakShare));
  if (t.batchShare) q.set('batch', percent(t.batchShare));
  if (t.promptTokens) q.set('prompt', String(t.promptTokens));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** "1,000M input and 200M output tokens a month", with the shares and prompt length when set. */
export function trafficLabel(t: Traffic): string {
  let label = `${formatTokenVolume(t.inputTokens)} input and ${formatTokenVolume(t.outputTokens)} output tokens a month`;
  if (t.cachedShare) label += `, ${formatPercent(t.cachedShare)} of input cached`;
  if (t.cacheWriteShare) label += `, ${formatPercent(t.cacheWriteShare)} of input written to cache`;
  if (t.offPeakShare !== undefined) label += `, ${formatPercent(t.offPeakShare)} off-peak`;
  if (t.batchShare) label += `, ${formatPercent(t.batchShare)} batched`;
  if (t.promptTokens) label += `, prompts averaging ${formatTokens(t.promptTokens)} tokens`;
  return label;
}

export function millionsToTokens(millions: number | undefined): number | undefined {
  return millions === undefined ? undefined : Math.round(millions * 1e6);
}

export function tokensToMillions(tokens: number): number {
  return Number((tokens / 1e6).toFixed(6));
}
