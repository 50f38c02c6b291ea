/**
 * The decisive figures under a pair page's heading: monthly cost at the
 * stated traffic, context window, open weights and release date side by
 * side, and the key shared benchmark scores as paired bars (server-rendered
 * SVG). An unknown reads "Not sourced", never "No".
 */
import { renderBarChart } from '../format/bar-chart.ts';
import { formatDate, formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import { benchmarkGroups } from './benchmark-chart.ts';
import type { PairFacts, SharedBenchmark, SideFacts } from './pair-facts.ts';
import { keyBenchmarks } from './benchmark-selection.ts';

export interface StripView {
  rows: { label: string; a: string; b: string }[];
  /** SVG markup of the key shared benchmarks, when any is shared. */
  chart?: string;
}

export function deriveFiguresStrip(f: PairFacts): StripView {
  const row = (label: string, value: (s: SideFacts) => string) => ({
    label,
    a: value(f.a),
    b: value(f.b),
  });
  const rows = [
    row('Monthly cost', (s) =>
      s.cost.status === 'priced'
        ? `${formatUsd(s.cost.cheapest.monthly)} (${s.cost.cheapest.route.provider.name})`
        : 'No sourced price',
    ),
    row('Context window', (s) =>
      s.model.context_window !== undefined ? formatTokens(s.model.context_window) : NOT_SOURCED,
    ),
    row('Open weights', (s) =>
      s.model.openness ? (s.model.openness === 'open-weights' ? 'Yes' : 'No') : NOT_SOURCED,
    ),
    row('Released', (s) => (s.model.released ? formatDate(s.model.released) : NOT_SOURCED)),
  ];
  const key = keyBenchmarks(f.benchmarks);
  return { rows, chart: key.length ? stripChart(key, f.pair.a.name, f.pair.b.name) : undefined };
}

function stripChart(rows: SharedBenchmark[], a: string, b: string): string {
  return renderBarChart({
    summary: `Key benchmark scores of ${a} and ${b}; the Benchmarks section gives each score's source.`,
    groups: benchmarkGroups(rows, a, b),
  });
}
