/** Schema of `data/benchmarks/<id>.yaml`: what a benchmark score means. */
import * as z from 'zod';
import { httpUrl, text } from './common.ts';

export const benchmarkSchema = z.strictObject({
  /** Display name, e.g. "SciCode". */
  name: text(80),
  /** One sentence on what the benchmark measures. */
  measures: text(300),
  /** Unit of a score, e.g. "%", "index", "Elo". */
  unit: text(30),
  /** true when a higher score is better, false when lower is better. */
  higher_is_better: z.boolean({ error: 'must be true or false' }),
  /** The benchmark's own page (paper, leaderboard or repository). */
  url: httpUrl,
});

export type BenchmarkRecord = z.infer<typeof benchmarkSchema>;
export type Benchmark = BenchmarkRecord & { id: string };
