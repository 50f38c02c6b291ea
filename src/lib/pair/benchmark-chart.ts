/**
 * Shared benchmark scores as bar-chart groups: one group per benchmark, a bar
 * per model. Benchmarks have different units, so each group has its own
 * scale: 0 to 100 for percentages, otherwise 0 to the larger score of the two.
 * The figures strip draws the key ones (benchmark-selection.ts).
 */
import type { BarChart } from '../format/bar-chart.ts';
import { formatScore } from '../format/format.ts';
import type { SharedBenchmark } from './pair-facts.ts';

export function benchmarkGroups(
  rows: readonly SharedBenchmark[],
  a: string,
  b: string,
): BarChart['groups'] {
  return rows.map((r) => {
    const { unit, higher_is_better: higher } = r.benchmark;
    const top = Math.max(Math.abs(r.a.score), Math.abs(r.b.score));
    const max = unit === '%' && top <= 100 ? 100 : top;
    return {
      heading: higher ? r.benchmark.name : `${r.benchmark.name} (lower is better)`,
      max,
      bars: [
        { label: a, value: r.a.score, valueLabel: formatScore(r.a.score, unit), series: 'a' },
        { label: b, value: r.b.score, valueLabel: formatScore(r.b.score, unit), series: 'b' },
      ],
    };
  });
}
