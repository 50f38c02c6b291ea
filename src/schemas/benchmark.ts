/** Schema of `data/benchmarks/<id>.yaml`: what a benchmark score means. */
import * as z from 'zod';
import { httpUrl, text } from './common.ts';

/** What a benchmark tests; the workload verdicts read the scores of their categories. */
export const BENCHMARK_CATEGORIES = [
  'coding',
  'agentic',
  'reasoning',
  'knowledge',
  'long-context',
  'multimodal',
  'preference',
] as const;
export type BenchmarkCategory = (typeof BENCHMARK_CATEGORIES)[number];

export const benchmarkSchema = z.strictObject({
  /** Display name, e.g. "SciCode". */
  name: text(80),
  /** One sentence on what the benchmark measures. */
  measures: text(300),
  /** What it tests: coding, agentic (tool use, computer use), reasoning, knowledge, long-context, multimodal or preference (human votes). */
  category: z.enum(BENCHMARK_CATEGORIES, {
    error: `must be one of: ${BENCHMARK_CATEGORIES.join(', ')}`,
  }),
  /** Unit of a score, e.g. "%", "index", "Elo". */
  unit: text(30),
  /** true when a higher score is better, false when lower is better. */
  higher_is_better: z.boolean({ error: 'must be true or false' }),
  /** The benchmark's own page (paper, leaderboard or repository). */
  url: httpUrl,
});

export type BenchmarkRecord = z.infer<typeof benchmarkSchema>;
export type Benchmark = BenchmarkRecord & { id: string };
