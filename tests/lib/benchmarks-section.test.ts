/** The benchmarks section: who ran each score, and rows only for the same benchmark. */
import { describe, expect, it } from 'vitest';
import {
  benchmarksByPriority,
  keyBenchmarks,
  PAIR_PAGE_BENCHMARKS,
} from '../../src/lib/pair/benchmark-selection.ts';
import { deriveBenchmarks, runByLabel } from '../../src/lib/pair/benchmarks-section.ts';
import { derivePairFacts } from '../../src/lib/pair/pair-facts.ts';
import type { Benchmark, BenchmarkScore } from '../../src/schemas/index.ts';
import { catalogue, model } from '../support/catalogue-builder.ts';

const bench = (id: string, name: string): Benchmark => ({
  id,
  name,
  measures: 'm',
  category: 'agentic',
  unit: '%',
  higher_is_better: true,
  url: `https://example.com/${id}`,
});
const score = (
  benchmark: string,
  s: number,
  run_by: string,
  date = '2026-03-01',
): BenchmarkScore => ({
  benchmark,
  score: s,
  source: `https://example.com/${benchmark}/${s}`,
  date,
  run_by,
});

describe('deriveBenchmarks', () => {
  const benchmarks = [
    bench('terminal-bench-2', 'Terminal-Bench 2.0'),
    bench('terminal-bench-hard', 'Terminal-Bench Hard'),
    bench('gpqa', 'GPQA Diamond'),
  ];
  const a = model('a', {
    name: 'Alpha',
    benchmarks: [
      score('terminal-bench-2', 60, 'maker'),
      score('gpqa', 80, 'Artificial Analysis', '2026-05-02'),
    ],
  });
  const b = model('b', {
    name: 'Beta',
    benchmarks: [score('terminal-bench-hard', 30, 'maker'), score('gpqa', 70, 'maker')],
  });
  const view = deriveBenchmarks(
    derivePairFacts(catalogue([a, b], [], benchmarks), { a, b, slug: 'a-vs-b' }),
  );

  it('pairs scores of the same benchmark only: Terminal-Bench 2.0 and Hard are not compared', () => {
    expect(view.rows.map((r) => r.name)).toEqual(['GPQA Diamond']);
  });

  it('gives each score its source, date and who ran it', () => {
    expect(view.rows[0]!.a).toEqual({
      score: '80%',
      source: 'https://example.com/gpqa/80',
      date: expect.stringContaining('2026'),
      by: 'independent: Artificial Analysis',
      byLong: 'Independent: Artificial Analysis',
    });
    expect(view.rows[0]!.b).toMatchObject({
      source: 'https://example.com/gpqa/70',
      by: 'maker',
      byLong: 'Reported by the maker',
    });
    expect(view.rows[0]!.a.date).not.toBe(view.rows[0]!.b.date);
  });

  it('labels the runner compactly', () => {
    expect(runByLabel('maker')).toBe('maker');
    expect(runByLabel('LMArena')).toBe('independent: LMArena');
  });
});

describe('a pair page lists a bounded number of shared benchmarks', () => {
  const categories: Benchmark['category'][] = [
    'preference',
    'coding',
    'reasoning',
    'agentic',
    'knowledge',
    'long-context',
    'multimodal',
  ];
  // 15 benchmarks over the seven categories: preference has three, the others two each.
  const many = Array.from({ length: 15 }, (_, i) => ({
    ...bench(`b${String(i).padStart(2, '0')}`, `B${String(i).padStart(2, '0')}`),
    category: categories[i % categories.length]!,
  }));
  const a = model('a', { name: 'Alpha', benchmarks: many.map((b) => score(b.id, 60, 'maker')) });
  const b = model('b', { name: 'Beta', benchmarks: many.map((b) => score(b.id, 50, 'maker')) });
  const facts = derivePairFacts(catalogue([a, b], [], many), { a, b, slug: 'a-vs-b' });

  it('takes one benchmark of each category in turn (coding, agentic, reasoning, knowledge, …), by name within one', () => {
    expect(benchmarksByPriority(facts.benchmarks).map((r) => r.benchmark.name)).toEqual([
      ...['B01', 'B03', 'B02', 'B04', 'B05', 'B06', 'B00'],
      ...['B08', 'B10', 'B09', 'B11', 'B12', 'B13', 'B07'],
      'B14',
    ]);
    expect(keyBenchmarks(facts.benchmarks).map((r) => r.benchmark.name)).toEqual([
      'B01',
      'B03',
      'B02',
    ]);
  });

  it('lists the first PAIR_PAGE_BENCHMARKS by category then name and keeps the others in `more`', () => {
    const view = deriveBenchmarks(facts, PAIR_PAGE_BENCHMARKS);
    expect(PAIR_PAGE_BENCHMARKS).toBe(3);
    expect(view.rows.map((r) => r.name)).toEqual(['B01', 'B03', 'B02']);
    expect(view.more).toHaveLength(12);
    expect(new Set([...view.rows, ...view.more].map((r) => r.name)).size).toBe(15);
    // Every score the strip draws is in the table, with its source.
    for (const k of keyBenchmarks(facts.benchmarks))
      expect(view.rows.map((r) => r.name)).toContain(k.benchmark.name);
  });

  it('lists every one without a limit (model pages)', () => {
    const view = deriveBenchmarks(facts);
    expect([view.rows.length, view.more.length]).toEqual([15, 0]);
  });
});
