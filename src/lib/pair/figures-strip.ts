/**
 * The decisive figures under a pair page's heading: monthly cost at the
 * stated traffic, context window, open weights and release date side by
 * side, and the key shared benchmark scores as paired bars (server-rendered
 * SVG). An unknown reads "Not sourced", never "No".
 */
import { renderBarChart } from '../format/bar-chart.ts';
import { formatDate, formatScore, formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import type { PairFacts, SharedBenchmark, SideFacts } from './pair-facts.ts';
import { compareBenchmarks } from '../verdict/workloads.ts';

/** Benchmarks drawn in the strip at most; the Benchmarks section has them all. */
export const STRIP_BENCHMARKS = 3;

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

/** Shared benchmarks by category (coding first, see workloads.ts), then name, at most STRIP_BENCHMARKS. */
export function keyBenchmarks(shared: readonly SharedBenchmark[]): SharedBenchmark[] {
  return [...shared]
    .sort((x, y) => compareBenchmarks(x.benchmark, y.benchmark))
    .slice(0, STRIP_BENCHMARKS);
}

function stripChart(rows: SharedBenchmark[], a: string, b: string): string {
  const groups = rows.map((r) => {
    const { unit, higher_is_better: higher } = r.benchmark;
    const top = Math.max(Math.abs(r.a.score), Math.abs(r.b.score));
    return {
      heading: higher ? r.benchmark.name : `${r.benchmark.name} (lower is better)`,
      max: unit === '%' && top <= 100 ? 100 : top,
      bars: [
        {
          label: a,
          value: r.a.score,
          valueLabel: formatScore(r.a.score, unit),
          series: 'a' as const,
        },
        {
          label: b,
          value: r.b.score,
          valueLabel: formatScore(r.b.score, unit),
          series: 'b' as const,
        },
      ],
    };
  });
  return renderBarChart({
    summary: `Key benchmark scores of ${a} and ${b}; the Benchmarks section lists every score with its source.`,
    groups,
  });
}
