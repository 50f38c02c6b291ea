/**
 * The verdict: the model that wins more of the decision signals leads; the
 * reasons are the signals each side wins. Signals with an unknown value are
 * never counted (see signals.ts), so a thin record cannot win by default.
 */
import { formatList } from './format.ts';
import type { PairFacts } from './pair-facts.ts';
import { deriveSignals, type Signal } from './signals.ts';

export interface VerdictView {
  /** One-sentence summary. */
  headline: string;
  /** "Why": the reasons each side wins, for the list under the headline. */
  reasonsA: string[];
  reasonsB: string[];
  /** How many signals could be compared, and the rule, stated on the page. */
  compared: number;
  rule: string;
}

export const VERDICT_RULE =
  'The verdict counts six signals — context window, monthly cost at the stated traffic, tracked provider routes, capabilities one model has and the other lacks, open weights, and shared benchmark wins — and counts each only when both models have a sourced value.';

export function deriveVerdict(f: PairFacts, signals: Signal[] = deriveSignals(f)): VerdictView {
  const a = f.pair.a.name;
  const b = f.pair.b.name;
  const reasonsA = signals.filter((s) => s.winner === 'a').map((s) => s.reason);
  const reasonsB = signals.filter((s) => s.winner === 'b').map((s) => s.reason);
  const compared = signals.length;
  let headline: string;
  if (compared === 0) {
    headline = `Too few facts are sourced on both sides to call a lead between ${a} and ${b}; compare the specs below and test both on your own workload.`;
  } else if (reasonsA.length === reasonsB.length) {
    headline = `Neither model leads overall: ${a} and ${b} each win ${reasonsA.length} of ${compared} comparable signals, so pick on the signal that matters most to you.`;
  } else {
    const [leader, trailer, win, lose] = reasonsA.length > reasonsB.length ? [a, b, reasonsA, reasonsB] : [b, a, reasonsB, reasonsA];
    headline = `${leader} leads on ${win.length} of ${compared} comparable signals: ${formatList(win)}.`;
    if (lose.length > 0) headline += ` Choose ${trailer} for ${formatList(lose)}.`;
  }
  return { headline, reasonsA, reasonsB, compared, rule: VERDICT_RULE };
}
