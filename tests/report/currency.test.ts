/** The currency section of the data report, on a small in-memory catalogue. */
import { describe, expect, it } from 'vitest';
import { formatCurrency } from '../../src/report/format.ts';
import { computeCurrency, newestDataDate } from '../../src/report/currency.ts';
import type { BenchmarkScore } from '../../src/schemas/index.ts';
import { catalogue, model, provider } from '../support/catalogue-builder.ts';

const scores = (n: number, date = '2026-01-01'): BenchmarkScore[] =>
  Array.from({ length: n }, (_, i) => ({
    benchmark: `b${i}`,
    score: 1,
    source: 'https://x.example.com',
    date,
    run_by: 'maker',
  }));
const route = (m: string, seen: string[], extra: Record<string, unknown> = {}) => ({
  model: m,
  source: 'https://example.com/pricing',
  prices: seen.map((s) => ({ seen: s, input: 1, output: 2 })),
  ...extra,
});

const data = catalogue(
  [
    model('old', { released: '2025-01-10', benchmarks: scores(3) }),
    model('edge', { released: '2026-04-02' }), // 90 days before 2026-07-01
    model('new', { released: '2026-06-30', benchmarks: scores(4, '2026-06-30') }),
    model('also-new', { released: '2026-06-30', benchmarks: scores(2) }),
    model('undated'),
  ],
  [
    provider('p', [
      route('old', ['2025-01-01', '2026-06-20']),
      route('new', ['2026-07-01']),
      route('edge', ['2026-03-01']),
    ]),
    provider('q', [
      route('old', ['2025-06-01']),
      route('undated', ['2026-07-01'], { deprecated: true }),
    ]),
  ],
);

describe('computeCurrency', () => {
  it('counts back from the newest date in the data when no day is given', () => {
    expect(newestDataDate(data)).toBe('2026-07-01');
    const c = computeCurrency(data);
    expect(c.asOf).toBe('2026-07-01');
    expect(c.asOfFrom).toBe('data');
    expect(c.newestRelease).toEqual({ date: '2026-06-30', models: ['also-new', 'new'] });
    expect(c.recent).toEqual([
      { id: 'also-new', released: '2026-06-30' },
      { id: 'new', released: '2026-06-30' },
      { id: 'edge', released: '2026-04-02' },
    ]);
  });

  it('buckets the current price of each active route by the age of its seen date', () => {
    const c = computeCurrency(data);
    // Current prices: old@p 2026-06-20 (11 days), new@p 2026-07-01 (0), edge@p 2026-03-01 (122), old@q 2025-06-01 (395); the deprecated route is left out.
    expect(c.priceAges.map((b) => [b.label, b.count])).toEqual([
      ['0-30 days', 2],
      ['31-90 days', 0],
      ['91-180 days', 1],
      ['181-365 days', 0],
      ['over 365 days', 1],
    ]);
    expect(c.priceAges[0]!.share).toBe(0.5);
    expect(c.newestPrice).toBe('2026-07-01');
  });

  it('gives the share of models with 3 or more scores, overall and among the recent models', () => {
    const c = computeCurrency(data);
    expect(c.scored).toEqual({ count: 2, share: 0.4 });
    expect(c.recentScored).toEqual({ count: 1, share: 1 / 3 });
  });

  it('takes a given day instead, and leaves later releases out of "recent"', () => {
    const c = computeCurrency(data, '2026-05-01');
    expect(c.asOfFrom).toBe('today');
    expect(c.recent.map((m) => m.id)).toEqual(['edge']);
  });

  it('handles an empty catalogue and prints the section', () => {
    const empty = computeCurrency(catalogue([]));
    expect(empty.newestRelease).toBeUndefined();
    expect(empty.scored).toEqual({ count: 0, share: 0 });
    const lines = formatCurrency(computeCurrency(data), 5);
    expect(lines[0]).toBe('Currency (as of 2026-07-01, the newest date in the data)');
    expect(lines).toContain('  newest release: 2026-06-30 (also-new, new)');
    expect(lines).toContain('  released in the last 90 days: 3');
    expect(lines).toContain(
      '  models with 3 or more benchmark scores: 2 of 5 (40.0%); of the recent ones 1 of 3 (33.3%)',
    );
    expect(formatCurrency(empty, 0)).toContain('  newest release: none dated');
  });
});
