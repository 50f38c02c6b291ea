/**
 * The chart of shared benchmark scores: one group per benchmark, a bar per
 * model. Benchmarks have different units, so each group has its own scale:
 * 0 to 100 for percentages, otherwise 0 to the larger score of the two.
 */
import { renderBarChart, type BarChart } from '../format/bar-chart.ts';
import { formatScore } from '../format/format.ts';
import type { SharedBenchmark } from './pair-facts.ts';

/** Benchmarks drawn at most; the table lists them all. */
export const CHART_BENCHMARKS = 12;

export function benchmarkChart(
  rows: readonly SharedBenchmark[],
  a: string,
  b: string,
): BarChart | undefined {
  if (rows.length === 0) return undefined;
  const groups = rows.slice(0, CHART_BENCHMARKS).map((r) => {
    const { unit, higher_is_better: higher } = r.benchmark;
    const top = Math.max(Math.abs(r.a.score), Math.abs(r.b.score));
    const max = unit === '%' && top <= 100 ? 100 : top;
    return {
      heading: higher ? r.benchmark.name : `${r.benchmark.name} (lower is better)`,
      max,
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
  // The name says what is drawn and where the figures are; the table names every benchmark.
  const count =
    rows.length === 1 ? 'their 1 shared benchmark' : `their ${rows.length} shared benchmarks`;
  const shown =
    groups.length < rows.length ? `, the first ${groups.length} of ${count}` : ` on ${count}`;
  return {
    summary: `Bar chart of the scores of ${a} and ${b}${shown}; the table above gives every score.`,
    groups,
  };
}

/** The chart's SVG markup, or undefined when no benchmark is shared. */
export function benchmarkChartSvg(
  rows: readonly SharedBenchmark[],
  a: string,
  b: string,
): string | undefined {
  const chart = benchmarkChart(rows, a, b);
  return chart && renderBarChart(chart);
}
