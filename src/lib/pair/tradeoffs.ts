/**
 * "Choose A when… / choose B when…": each side's advantages. A comparative
 * point is made only where both values are known; a capability the other
 * model may have (not sourced) is stated as such, never as an advantage.
 */
import { formatList } from '../format/format.ts';
import { capabilityInText, DECISION_FIT_LABELS } from '../format/labels.ts';
import type { PairFacts, Side } from './pair-facts.ts';
import type { Signal } from './signals.ts';

export interface TradeoffsView {
  a: string[];
  b: string[];
}

const SIGNAL_PHRASES: Record<Signal['key'], (name: string, reason: string) => string> = {
  context: (n, r) => `${n} has ${r}, for long prompts, retrieval packs or transcripts.`,
  cost: (n, r) => `${n} has ${r}.`,
  routes: (n, r) => `${n} has ${r}, for fallback and procurement choice.`,
  capabilities: (n, r) => `${n} offers ${r}.`,
  openness: (n, r) => `${n} has ${r}.`,
  benchmarks: (n, r) => `${n} has ${r}.`,
};

export function deriveTradeoffs(f: PairFacts, signals: Signal[]): TradeoffsView {
  const side = (s: Side): string[] => {
    const facts = f[s];
    const name = facts.model.name;
    const otherName = f[s === 'a' ? 'b' : 'a'].model.name;
    const points = signals
      .filter((sig) => sig.winner === s)
      .map((sig) => SIGNAL_PHRASES[sig.key](name, sig.reason));
    const unverified = s === 'a' ? f.unverifiedOnB : f.unverifiedOnA;
    if (unverified.length > 0) {
      points.push(
        `${name} documents ${formatList(unverified.map((c) => capabilityInText(c)))}; for ${otherName} this is not yet sourced.`,
      );
    }
    if (facts.cost.status === 'priced' && f[s === 'a' ? 'b' : 'a'].cost.status === 'unavailable') {
      points.push(`${name} has a sourced token price, so its cost can be planned today.`);
    }
    const fit = facts.model.decision_fit;
    if (fit?.length)
      points.push(
        `${name} is tagged for ${formatList(fit.map((d) => DECISION_FIT_LABELS[d]))} workloads.`,
      );
    return points;
  };
  return { a: side('a'), b: side('b') };
}
