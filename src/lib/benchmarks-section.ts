/** Shared benchmark rows: both scores with their sources, or a note that none are sourced. */
import { benchmarkChartSvg } from './benchmark-chart.ts';
import { formatDate, formatScore } from './format.ts';
import type { PairFacts } from './pair-facts.ts';

export interface BenchmarkRowView {
  name: string;
  url: string;
  measures: string;
  /** "Higher is better" or "Lower is better". */
  direction: string;
  higherIsBetter: boolean;
  a: { score: string; source: string; date: string };
  b: { score: string; source: string; date: string };
  leader: string;
}

export interface BenchmarksView {
  rows: BenchmarkRowView[];
  /** Shown instead of the table when no shared benchmark is sourced. */
  note: string | undefined;
  /** SVG markup of the score chart, when a benchmark is shared. */
  chart?: string;
}

export function deriveBenchmarks(f: PairFacts): BenchmarksView {
  if (f.benchmarks.length === 0) {
    return { rows: [], note: `No benchmark is sourced for both ${f.pair.a.name} and ${f.pair.b.name}, so no scores are set side by side.` };
  }
  const rows = f.benchmarks.map((r) => ({
    name: r.benchmark.name,
    url: r.benchmark.url,
    measures: r.benchmark.measures,
    direction: r.benchmark.higher_is_better ? 'Higher is better' : 'Lower is better',
    higherIsBetter: r.benchmark.higher_is_better,
    a: { score: formatScore(r.a.score, r.benchmark.unit), source: r.a.source, date: formatDate(r.a.date) },
    b: { score: formatScore(r.b.score, r.benchmark.unit), source: r.b.source, date: formatDate(r.b.date) },
    leader: r.leader === 'tie' ? 'Tie' : r.leader === 'a' ? f.pair.a.name : f.pair.b.name,
  }));
  return { rows, note: undefined, chart: benchmarkChartSvg(f.benchmarks, f.pair.a.name, f.pair.b.name) };
}
