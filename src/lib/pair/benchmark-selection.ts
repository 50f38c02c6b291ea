/**
 * Which shared benchmarks a pair page shows, so that the page stays within
 * its weight budget however many scores the two models share. Priority: one
 * benchmark of each category in the workload order (coding, agentic,
 * reasoning, knowledge, long-context, multimodal, preference), then a second
 * of each, and so on; within a category by name. The figures strip draws the
 * first STRIP_BENCHMARKS of that order, the Benchmarks section lists the first
 * PAIR_PAGE_BENCHMARKS; every other shared score stays on both model pages
 * and in the pair's data.json.
 */
import { CATEGORY_ORDER, compareBenchmarks } from '../verdict/workloads.ts';
import type { SharedBenchmark } from './pair-facts.ts';

/** Shared benchmarks the Benchmarks section of a pair page lists at most. */
export const PAIR_PAGE_BENCHMARKS = 3;
/** Benchmarks drawn in the figures strip at most. */
export const STRIP_BENCHMARKS = 3;

/** Every shared benchmark in priority order: categories taken in turn, by name within one. */
export function benchmarksByPriority(shared: readonly SharedBenchmark[]): SharedBenchmark[] {
  const byCategory = CATEGORY_ORDER.map((category) =>
    shared
      .filter((r) => r.benchmark.category === category)
      .sort((x, y) => compareBenchmarks(x.benchmark, y.benchmark)),
  );
  const order: SharedBenchmark[] = [];
  for (let round = 0; order.length < shared.length; round++) {
    const taken = order.length;
    for (const list of byCategory) if (list[round]) order.push(list[round]!);
    if (order.length === taken) break;
  }
  return order;
}

/** The key benchmarks of the figures strip: the first STRIP_BENCHMARKS by priority. */
export function keyBenchmarks(shared: readonly SharedBenchmark[]): SharedBenchmark[] {
  return benchmarksByPriority(shared).slice(0, STRIP_BENCHMARKS);
}

/**
 * The first `limit` shared benchmarks by priority, listed by category then
 * name, and the rest (in the same order).
 */
export function splitBenchmarks(
  shared: readonly SharedBenchmark[],
  limit: number,
): { shown: SharedBenchmark[]; rest: SharedBenchmark[] } {
  const chosen = new Set(benchmarksByPriority(shared).slice(0, limit));
  const sorted = [...shared].sort((x, y) => compareBenchmarks(x.benchmark, y.benchmark));
  return {
    shown: sorted.filter((r) => chosen.has(r)),
    rest: sorted.filter((r) => !chosen.has(r)),
  };
}
