/**
 * The decision scorecard: the signals a reader scans first. "Best for" is
 * what each model wins in the verdict by workload, so the two lines always
 * differ; a model that wins no workload shows the record's own best-for
 * phrases that the other model does not share.
 */
import {
  formatList,
  formatPricePerMillion,
  formatTokens,
  plural,
  NOT_SOURCED,
} from '../format/format.ts';
import { DECISION_FIT_LABELS } from '../format/labels.ts';
import type { PairFacts, Side, SideFacts } from './pair-facts.ts';
import { listOf, type VerdictView } from '../verdict/verdict.ts';

export interface ScorecardRow {
  label: string;
  a: string;
  b: string;
}

export function deriveScorecard(f: PairFacts, verdict: VerdictView): ScorecardRow[] {
  const row = (label: string, value: (s: SideFacts) => string): ScorecardRow => ({
    label,
    a: value(f.a),
    b: value(f.b),
  });
  const shared = plural(f.benchmarks.length, 'row');
  return [
    { label: 'Best for', a: bestFor(f, verdict, 'a'), b: bestFor(f, verdict, 'b') },
    row('Decision fit', (s) =>
      s.model.decision_fit?.length
        ? formatList(s.model.decision_fit.map((d) => DECISION_FIT_LABELS[d]))
        : NOT_SOURCED,
    ),
    row('Context window', (s) =>
      s.model.context_window !== undefined ? formatTokens(s.model.context_window) : NOT_SOURCED,
    ),
    row('Cheapest output price', (s) =>
      s.cost.status === 'priced'
        ? formatPricePerMillion(s.cost.cheapest.output)
        : 'No sourced price',
    ),
    row('Provider routes', (s) => `${s.routes.length} tracked`),
    { label: 'Shared benchmarks', a: shared, b: shared },
  ];
}

function bestFor(f: PairFacts, verdict: VerdictView, side: Side): string {
  const wins = side === 'a' ? verdict.reasonsA : verdict.reasonsB;
  if (wins.length > 0) return listOf(wins);
  const own = f[side].model.best_for ?? [];
  const others = new Set(f[side === 'a' ? 'b' : 'a'].model.best_for ?? []);
  const distinct = own.filter((p) => !others.has(p));
  if (distinct.length > 0) return formatList(distinct);
  return own.length > 0 ? 'No workload ahead on sourced figures' : NOT_SOURCED;
}
