/**
 * Shared benchmark rows: both scores with their sources, dates and who ran
 * them, or a note that none are sourced. A row pairs scores of one benchmark
 * record only (Terminal-Bench Hard and Terminal-Bench 2.0 are two rows or none).
 * A pair page lists a bounded number of them (benchmark-selection.ts) and says
 * where the others are; a model page lists every one.
 */
import { splitBenchmarks } from './benchmark-selection.ts';
import { formatDate, formatScore } from '../format/format.ts';
import type { PairFacts, SharedBenchmark } from './pair-facts.ts';

export interface ScoreView {
  score: string;
  source: string;
  date: string;
  /** Who ran it, compactly (pair pages): "maker", or "independent: <name>". */
  by: string;
  /** Who ran it, in full (model pages): "Reported by the maker", or "Independent: <name>". */
  byLong: string;
}

/** "maker" when the model's maker reports the score, else "independent: <who ran it>". */
export const runByLabel = (runBy: string): string =>
  runBy === 'maker' ? 'maker' : `independent: ${runBy}`;

const scoreView = (s: SharedBenchmark['a'], unit: string): ScoreView => ({
  score: formatScore(s.score, unit),
  source: s.source,
  date: formatDate(s.date),
  by: runByLabel(s.run_by),
  byLong: s.run_by === 'maker' ? 'Reported by the maker' : `Independent: ${s.run_by}`,
});

export interface BenchmarkRowView {
  name: string;
  url: string;
  measures: string;
  /** "Higher is better" or "Lower is better". */
  direction: string;
  higherIsBetter: boolean;
  a: ScoreView;
  b: ScoreView;
  leader: string;
}

export interface BenchmarksView {
  /** The rows listed, by category then name. */
  rows: BenchmarkRowView[];
  /** Shared benchmarks beyond the listed ones (in data.json; both model pages list every score). */
  more: BenchmarkRowView[];
  /** Shown instead of the table when no shared benchmark is sourced. */
  note: string | undefined;
}

/**
 * The rows of the first `limit` shared benchmarks by priority, the others in
 * `more`. The figures strip charts the key ones; the table is the record.
 */
export function deriveBenchmarks(f: PairFacts, limit = Infinity): BenchmarksView {
  if (f.benchmarks.length === 0) {
    return {
      rows: [],
      more: [],
      note: `No benchmark is sourced for both ${f.pair.a.name} and ${f.pair.b.name}, so no scores are set side by side.`,
    };
  }
  const { shown, rest } = splitBenchmarks(f.benchmarks, limit);
  return {
    rows: shown.map((r) => rowView(r, f)),
    more: rest.map((r) => rowView(r, f)),
    note: undefined,
  };
}

function rowView(r: SharedBenchmark, f: PairFacts): BenchmarkRowView {
  return {
    name: r.benchmark.name,
    url: r.benchmark.url,
    measures: r.benchmark.measures,
    direction: r.benchmark.higher_is_better ? 'Higher is better' : 'Lower is better',
    higherIsBetter: r.benchmark.higher_is_better,
    a: scoreView(r.a, r.benchmark.unit),
    b: scoreView(r.b, r.benchmark.unit),
    leader: r.leader === 'tie' ? 'Tie' : r.leader === 'a' ? f.pair.a.name : f.pair.b.name,
  };
}
