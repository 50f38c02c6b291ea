/** The home page's leaderboard fields and its leaders by workload. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkColumns, leaderboardFields } from '../../src/lib/pages/leaderboard.ts';
import {
  currentLanguageModels,
  deriveWorkloadLeaders,
} from '../../src/lib/verdict/workload-leaders.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Benchmark } from '../../src/schemas/index.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

const bench = (id: string, higher = true, category: Benchmark['category'] = 'coding') => ({
  id,
  name: id.toUpperCase(),
  measures: 'x',
  category,
  unit: '%',
  higher_is_better: higher,
  url: 'https://example.com/b',
});
const score = (benchmark: string, s: number) => ({
  benchmark,
  score: s,
  source: 'https://example.com/s',
  date: '2026-01-01',
  run_by: 'maker',
});

describe('leaderboard fields', () => {
  const a = model('a', {
    released: '2026-05-01',
    context_window: 200_000,
    openness: 'open-weights',
    benchmarks: [score('swe-bench-pro', 60), score('zz', 3)],
  });
  const b = model('b', { released: '2026-04-01', benchmarks: [score('swe-bench-pro', 50)] });
  const c = catalogue(
    [a, b],
    [provider('p', [priced('a', 1, 2)])],
    [bench('zz', false, 'reasoning'), bench('swe-bench-pro'), bench('unused')],
  );

  it('has a column per scored benchmark, key ones first', () => {
    expect(benchmarkColumns(c)).toEqual([
      { id: 'swe-bench-pro', name: 'SWE-BENCH-PRO', lowerIsBetter: false },
      { id: 'zz', name: 'ZZ', lowerIsBetter: true },
    ]);
  });

  it('gives sort values for known figures only, and unknowns as not sourced (never "No")', () => {
    const cols = benchmarkColumns(c);
    expect(leaderboardFields(c, a, cols)).toEqual({
      kindId: 'language',
      open: 'open',
      openText: 'Yes',
      cost: { text: '$1,400', value: 1400 },
      context: { text: '200K', value: 200_000 },
      scores: [
        { text: '60%', value: 60 },
        { text: '3%', value: 3 },
      ],
    });
    expect(leaderboardFields(c, b, cols)).toMatchObject({
      open: '',
      openText: 'Not sourced',
      cost: { text: 'Not sourced' },
      context: { text: 'Not sourced' },
      scores: [{ value: 50 }, { text: '–' }],
    });
  });
});

describe('leaders by workload', () => {
  it('ranks current language models by their record under the verdict rules', () => {
    const m = (id: string, extra: Parameters<typeof model>[1]) =>
      model(id, { released: '2026-01-01', ...extra });
    const models = [
      m('top', { benchmarks: [score('swe-bench-pro', 70)], context_window: 1_000_000 }),
      m('mid', { benchmarks: [score('swe-bench-pro', 60)], context_window: 128_000 }),
      m('low', { benchmarks: [score('swe-bench-pro', 50)] }),
      model('ancient', { released: '2023-01-01', benchmarks: [score('swe-bench-pro', 99)] }),
      m('voice', { kind: 'speech' }),
    ];
    const c = catalogue(models, [], [bench('swe-bench-pro')]);
    expect(currentLanguageModels(c).map((x) => x.id)).toEqual(['low', 'mid', 'top']);
    const leaders = deriveWorkloadLeaders(c);
    const coding = leaders.find((w) => w.id === 'coding')!;
    expect(coding.leaders.map((l) => [l.name, l.wins, l.losses])).toEqual([
      ['TOP', 2, 0],
      ['MID', 1, 1],
    ]);
    expect(leaders.find((w) => w.id === 'long-documents')!.leaders.map((l) => l.name)).toEqual([
      'TOP',
    ]);
    expect(leaders.find((w) => w.id === 'self-hosting')!.leaders).toEqual([]);
  });

  it('names leaders on the real catalogue, each with at least one win', async () => {
    const c = await loadCatalogue(path.resolve(import.meta.dirname, '../../data'), '2026-12-04');
    const leaders = deriveWorkloadLeaders(c);
    expect(leaders.map((w) => w.id)).toEqual([
      'coding',
      'reasoning',
      'long-documents',
      'vision',
      'high-volume',
      'self-hosting',
    ]);
    for (const w of leaders.filter((w) => w.id !== 'reasoning'))
      expect(w.leaders.length).toBeGreaterThan(0);
    expect(leaders.every((w) => w.leaders.every((l) => l.wins > 0))).toBe(true);
  });
});
