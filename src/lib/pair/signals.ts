/**
 * The decision signals of a pair: context window, monthly cost, provider
 * routes, capabilities, openness and shared benchmarks. A signal exists only
 * when both sides' values are known; an unknown is never counted.
 */
import { formatList, formatTokens, formatUsd, plural } from '../format/format.ts';
import { capabilityInText } from '../format/labels.ts';
import type { PairFacts, Side } from './pair-facts.ts';

export type SignalKey = 'context' | 'cost' | 'routes' | 'capabilities' | 'openness' | 'benchmarks';

export interface Signal {
  key: SignalKey;
  /** The side the signal favours, or 'tie' when the known values are equal. */
  winner: Side | 'tie';
  /** Why, phrased for the winner, e.g. "a larger context window (1M vs 256K tokens)". */
  reason: string;
}

/** Every signal whose values are known on both sides, in a fixed order. */
export function deriveSignals(f: PairFacts): Signal[] {
  const signals: Signal[] = [];
  const { a, b } = f.pair;

  if (a.context_window !== undefined && b.context_window !== undefined) {
    const winner = pick(a.context_window - b.context_window);
    const [hi, lo] =
      winner === 'b' ? [b.context_window, a.context_window] : [a.context_window, b.context_window];
    signals.push({
      key: 'context',
      winner,
      reason:
        winner === 'tie'
          ? `the same context window (${formatTokens(hi)} tokens)`
          : `a larger context window (${formatTokens(hi)} vs ${formatTokens(lo)} tokens)`,
    });
  }

  if (f.a.cost.status === 'priced' && f.b.cost.status === 'priced') {
    const ca = f.a.cost.cheapest.monthly;
    const cb = f.b.cost.cheapest.monthly;
    const winner = pick(cb - ca);
    const [lo, hi] = winner === 'b' ? [cb, ca] : [ca, cb];
    signals.push({
      key: 'cost',
      winner,
      reason:
        winner === 'tie'
          ? `the same monthly cost (${formatUsd(lo)})`
          : `a lower monthly cost at the stated traffic (${formatUsd(lo)} vs ${formatUsd(hi)})`,
    });
  }

  const ra = f.a.routes.length;
  const rb = f.b.routes.length;
  if (ra > 0 || rb > 0) {
    const winner = pick(ra - rb);
    const [hi, lo] = winner === 'b' ? [rb, ra] : [ra, rb];
    signals.push({
      key: 'routes',
      winner,
      reason:
        winner === 'tie'
          ? `the same number of tracked provider routes (${hi})`
          : `more tracked provider routes (${hi} vs ${lo})`,
    });
  }

  if (f.onlyA.length > 0 || f.onlyB.length > 0) {
    const winner = pick(f.onlyA.length - f.onlyB.length);
    const list = winner === 'b' ? f.onlyB : f.onlyA;
    const labels = list.map((c) => capabilityInText(c));
    signals.push({
      key: 'capabilities',
      winner,
      reason:
        winner === 'tie'
          ? 'an even split of capabilities the other lacks'
          : `${formatList(labels)}, which the other model lacks`,
    });
  }

  const oa = a.openness;
  const ob = b.openness;
  if (oa && ob && oa !== ob) {
    const winner: Side = oa === 'open-weights' ? 'a' : 'b';
    signals.push({ key: 'openness', winner, reason: 'open weights that can be self-hosted' });
  }

  if (f.benchmarks.length > 0) {
    const winsA = f.benchmarks.filter((r) => r.leader === 'a').length;
    const winsB = f.benchmarks.filter((r) => r.leader === 'b').length;
    const winner = pick(winsA - winsB);
    const [hi, lo] = winner === 'b' ? [winsB, winsA] : [winsA, winsB];
    signals.push({
      key: 'benchmarks',
      winner,
      reason:
        winner === 'tie'
          ? `an even record on ${plural(f.benchmarks.length, 'shared benchmark')}`
          : `better scores on ${hi} of ${plural(f.benchmarks.length, 'shared benchmark')} (vs ${lo})`,
    });
  }
  return signals;
}

function pick(delta: number): Side | 'tie' {
  return delta > 0 ? 'a' : delta < 0 ? 'b' : 'tie';
}
