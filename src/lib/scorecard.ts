/** The decision scorecard: the signals a reader scans first. */
import { formatList, formatPricePerMillion, formatTokens, plural, NOT_SOURCED } from './format.ts';
import { DECISION_FIT_LABELS } from './labels.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';

export interface ScorecardRow {
  label: string;
  a: string;
  b: string;
}

export function deriveScorecard(f: PairFacts): ScorecardRow[] {
  const row = (label: string, value: (s: SideFacts) => string): ScorecardRow => ({ label, a: value(f.a), b: value(f.b) });
  const shared = plural(f.benchmarks.length, 'row');
  return [
    row('Best for', (s) => (s.model.best_for?.length ? formatList(s.model.best_for) : NOT_SOURCED)),
    row('Decision fit', (s) => (s.model.decision_fit?.length ? formatList(s.model.decision_fit.map((d) => DECISION_FIT_LABELS[d])) : NOT_SOURCED)),
    row('Context window', (s) => (s.model.context_window !== undefined ? formatTokens(s.model.context_window) : NOT_SOURCED)),
    row('Cheapest output price', (s) => (s.cost.status === 'priced' ? formatPricePerMillion(s.cost.cheapest.output) : 'No sourced price')),
    row('Provider routes', (s) => `${s.routes.length} tracked`),
    { label: 'Shared benchmarks', a: shared, b: shared },
  ];
}
