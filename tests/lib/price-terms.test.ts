/** A price's terms beyond its standard prices, as the pages word them, and how their changes read in the history. */
import { describe, expect, it } from 'vitest';
import { changeKind } from '../../src/lib/cost/cost-price-history.ts';
import { priceTerms } from '../../src/lib/cost/price-terms.ts';
import type { Price } from '../../src/schemas/index.ts';

const flat: Price = { seen: '2026-07-02', input: 0.435, output: 0.87, cached_input: 0.003625 };
const timeOfDay: Price = {
  seen: '2026-09-23',
  input: 1.32,
  output: 3.96,
  cached_input: 0.044,
  off_peak: {
    windows_utc: ['10:00-01:00', '04:00-06:00'],
    weekends: true,
    input: 0.66,
    output: 1.98,
    cached_input: 0.022,
  },
};

describe('price terms', () => {
  it('word off-peak windows, batch and cache-write prices; what is not sourced says so, never 0', () => {
    expect(priceTerms(timeOfDay)).toEqual({
      tiers: [],
      offPeak:
        'Off-peak 10:00–01:00 and 04:00–06:00 UTC, and all day at weekends: $0.66 input, $1.98 output, $0.022 cached',
      batch: 'Not sourced',
      cacheWrite: 'Not sourced',
    });
    const anthropic: Price = {
      seen: '2026-09-23',
      input: 5,
      output: 25,
      cached_input: 0.5,
      cache_write: [
        { price: 6.25, duration: '5m' },
        { price: 10, duration: '1h' },
      ],
      batch: { input: 2.5, output: 12.5 },
    };
    expect(priceTerms(anthropic)).toMatchObject({
      offPeak: '',
      batch: '$2.50 input, $12.50 output',
      cacheWrite: '$6.25 (5-minute cache), $10 (1-hour cache)',
    });
    expect(
      priceTerms({ seen: '2026-01-01', input: 1, cache_write: [{ price: 1.25 }] }).cacheWrite,
    ).toBe('$1.25');
    expect(priceTerms(undefined)).toEqual({
      tiers: [],
      offPeak: '',
      batch: 'Not sourced',
      cacheWrite: 'Not sourced',
    });
  });

  it('word a tier with its own batch and cache-write prices', () => {
    const p: Price = {
      seen: '2026-01-01',
      input: 3,
      output: 15,
      tiers: [
        {
          above_tokens: 200_000,
          input: 6,
          output: 22.5,
          cached_input: 0.6,
          batch: { input: 3, output: 11.25 },
          cache_write: [{ price: 7.5, duration: '5m' }],
        },
      ],
    };
    expect(priceTerms(p).tiers).toEqual([
      'Above 200K-token prompts: $6 input, $22.50 output, $0.60 cached; batch $3 input, $11.25 output; cache writes $7.50 (5-minute cache)',
    ]);
  });
});

describe('price changes with terms', () => {
  it('a move to time-of-day prices is a change; batch or cache writes first stated beside unchanged prices are not', () => {
    expect(changeKind(flat, timeOfDay)).toBe('rise');
    const sameHours = { ...timeOfDay, seen: '2026-10-01' };
    expect(changeKind(timeOfDay, sameHours)).toBeUndefined();
    expect(
      changeKind(timeOfDay, {
        ...sameHours,
        off_peak: { ...timeOfDay.off_peak!, windows_utc: ['16:30-00:30'] },
      }),
    ).toBe('change');
    expect(
      changeKind(flat, { ...flat, seen: '2026-09-23', cache_write: [{ price: 1 }] }),
    ).toBeUndefined();
    const withBatch = { ...flat, seen: '2026-09-23', batch: { input: 0.2, output: 0.4 } };
    expect(changeKind(flat, withBatch)).toBeUndefined();
    expect(
      changeKind(withBatch, {
        ...withBatch,
        seen: '2026-10-01',
        batch: { input: 0.1, output: 0.4 },
      }),
    ).toBe('change');
  });
});
