/**
 * Prices as billed: off-peak (time-of-day), batch and cache-write prices in
 * the monthly cost, beside the cached share and long-context tiers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costLine,
  DEFAULT_TRAFFIC,
  routeMonthlyCost,
  routePrices,
  type RoutePrices,
  type Traffic,
} from '../../src/lib/cost/cost.ts';
import { appliedRate, defaultCacheWrite, offPeakWeekShare } from '../../src/lib/cost/cost-rates.ts';
import { costFigures } from '../../src/lib/cost/cost-figures.ts';
import { parseTrafficQuery, trafficLabel, trafficQuery } from '../../src/lib/cost/cost-traffic.ts';

/** DeepSeek V4 Pro as billed from 2026-08-17: peak 01:00-04:00 and 06:00-10:00 UTC on weekdays. */
const timeOfDay = routePrices({
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
});
const withBatch: RoutePrices = {
  input: 1.25,
  output: 10,
  cached_input: 0.125,
  batch: { input: 0.625, output: 5 },
  cache_write: [
    { price: 2.5, duration: '1h' },
    { price: 1.5625, duration: '5m' },
  ],
  tiers: [{ above_tokens: 200_000, input: 2.5, output: 15, cached_input: 0.25 }],
};
const monthly = (price: RoutePrices, traffic: Traffic, inputOnly = false) => {
  const line = costLine({ provider: 'p', price }, inputOnly, traffic);
  return line.status === 'priced' ? line.monthly : line.reason;
};

describe('off-peak windows', () => {
  it("give the share of a week's hours they cover, weekends all day when stated", () => {
    expect(offPeakWeekShare({ windows_utc: ['16:30-00:30'] })).toBe(1 / 3);
    // 17 off-peak hours on each of 5 weekdays, all 48 weekend hours: 133 of 168.
    expect(offPeakWeekShare({ windows_utc: ['10:00-01:00', '04:00-06:00'], weekends: true })).toBe(
      133 / 168,
    );
    expect(offPeakWeekShare({ windows_utc: ['22:00-24:00', '00:00-06:00'] })).toBe(8 / 24);
    expect(timeOfDay.off_peak?.week_share).toBe(133 / 168);
  });
});

describe('the off-peak share', () => {
  it('bills traffic spread evenly over the week by default, all peak at 0%, all off-peak at 100%', () => {
    // Peak: 1,000M × $1.32 + 200M × $3.96 = $2,112; off-peak exactly half.
    expect(monthly(timeOfDay, { ...DEFAULT_TRAFFIC, offPeakShare: 0 })).toBe(2112);
    expect(monthly(timeOfDay, { ...DEFAULT_TRAFFIC, offPeakShare: 1 })).toBe(1056);
    expect(monthly(timeOfDay, DEFAULT_TRAFFIC)).toBe(2112 - (1056 * 133) / 168); // $1,276
    expect(monthly(timeOfDay, { ...DEFAULT_TRAFFIC, offPeakShare: 0.25 })).toBe(1848);
  });

  it('leaves a route without time-of-day prices as it was, whatever the share', () => {
    expect(monthly({ input: 0.15, output: 0.6 }, { ...DEFAULT_TRAFFIC, offPeakShare: 1 })).toBe(
      270,
    );
  });

  it('bills cached input off-peak at the off-peak cached price', () => {
    // Half cached, all off-peak: 500M × $0.66 + 500M × $0.022 + 200M × $1.98.
    expect(monthly(timeOfDay, { ...DEFAULT_TRAFFIC, offPeakShare: 1, cachedShare: 0.5 })).toBe(
      330 + 11 + 396,
    );
  });
});

describe('the batch share', () => {
  it('bills its share of all tokens at the batch prices', () => {
    expect(monthly(withBatch, DEFAULT_TRAFFIC)).toBe(3250);
    expect(monthly(withBatch, { ...DEFAULT_TRAFFIC, batchShare: 1 })).toBe(1625);
    expect(monthly(withBatch, { ...DEFAULT_TRAFFIC, batchShare: 0.5 })).toBe(2437.5);
  });

  it('bills batch traffic as other traffic where no batch price is sourced, never at 0', () => {
    expect(monthly({ input: 1.25, output: 10 }, { ...DEFAULT_TRAFFIC, batchShare: 1 })).toBe(3250);
    expect(appliedRate({ input: 1, output: 2 }, DEFAULT_TRAFFIC, false)?.batch).toBeUndefined();
  });

  it('bills batch cached input at the batch input price when no batch cached price is sourced', () => {
    // All batch, half cached: 1,000M × $0.625 + 200M × $5.
    expect(monthly(withBatch, { ...DEFAULT_TRAFFIC, batchShare: 1, cachedShare: 0.5 })).toBe(1625);
  });

  it('combines with the off-peak share: batch first, the rest split by the hours', () => {
    const price = { ...timeOfDay, batch: { input: 0.5, output: 1.5 } };
    // Half batch ($500 + $300 = $800 for all); the other half all off-peak ($1,056 for all).
    expect(monthly(price, { ...DEFAULT_TRAFFIC, batchShare: 0.5, offPeakShare: 1 })).toBe(
      400 + 528,
    );
  });
});

describe('cache writes', () => {
  it('bill the written share of input at the cache-write price of the shortest lifetime', () => {
    expect(defaultCacheWrite(withBatch.cache_write)).toEqual({ price: 1.5625, duration: '5m' });
    expect(defaultCacheWrite([{ price: 0.5 }])).toEqual({ price: 0.5 });
    expect(defaultCacheWrite(undefined)).toBeUndefined();
    // 20% written: 800M × $1.25 + 200M × $1.5625 + 200M × $10.
    expect(monthly(withBatch, { ...DEFAULT_TRAFFIC, cacheWriteShare: 0.2 })).toBe(
      1000 + 312.5 + 2000,
    );
  });

  it('bill at the input price where no cache-write price is sourced', () => {
    expect(monthly({ input: 1.25, output: 10 }, { ...DEFAULT_TRAFFIC, cacheWriteShare: 0.2 })).toBe(
      3250,
    );
    expect(appliedRate({ input: 1.25, output: 10 }, DEFAULT_TRAFFIC, false)).toMatchObject({
      cacheWrite: 1.25,
      cacheWriteSourced: false,
    });
  });

  it('share the input with cached reads: writes never exceed what reads leave', () => {
    // 90% cached, 50% asked written: only 10% is left to write.
    const t = { ...DEFAULT_TRAFFIC, cachedShare: 0.9, cacheWriteShare: 0.5 };
    expect(monthly(withBatch, t)).toBe(900 * 0.125 + 100 * 1.5625 + 2000);
  });
});

describe('with long-context tiers', () => {
  it('a tier without its own batch and cache-write prices bills them at its standard rates', () => {
    const long = { ...DEFAULT_TRAFFIC, promptTokens: 300_000 };
    const rate = appliedRate(withBatch, long, false);
    expect(rate).toMatchObject({
      input: 2.5,
      output: 15,
      tierAbove: 200_000,
      batch: undefined,
      cacheWrite: 2.5,
      cacheWriteSourced: false,
    });
    expect(
      monthly(withBatch, { ...long, batchShare: 1, cacheWriteShare: 0.5, cachedShare: 0.5 }),
    ).toBe(500 * 0.25 + 500 * 2.5 + 200 * 15);
  });

  it('a tier with its own batch and cache-write prices bills them', () => {
    const price = {
      ...withBatch,
      tiers: [
        {
          above_tokens: 200_000,
          input: 2.5,
          output: 15,
          batch: { input: 1.25, output: 7.5 },
          cache_write: [{ price: 3.125 }],
        },
      ],
    };
    const long = { ...DEFAULT_TRAFFIC, promptTokens: 300_000 };
    expect(monthly(price, { ...long, batchShare: 1 })).toBe(1250 + 1500);
    expect(monthly(price, { ...long, cacheWriteShare: 1 })).toBe(3125 + 3000);
  });
});

describe('rounding and missing prices', () => {
  it('rounds the blended cost to cents, half a cent up', () => {
    // 1,000 tokens: 50% at $0.0145 per 1K batch, 50% at $0.029: 0.725 + 1.45 cents = 2.175 → $0.02.
    const price = { input: 29, output: 0, batch: { input: 14.5, output: 0 } };
    expect(monthly(price, { inputTokens: 1000, outputTokens: 0, batchShare: 0.5 })).toBe(0.02);
    expect(
      monthly(
        { input: 29, output: 0, batch: { input: 0, output: 0 } },
        { inputTokens: 1000, outputTokens: 0, batchShare: 0.5 },
      ),
    ).toBe(0.01);
  });

  it('an input-only model bills its off-peak and batch input alone', () => {
    const price = routePrices({
      seen: '2026-01-01',
      input: 0.2,
      batch: { input: 0.1 },
      off_peak: { windows_utc: ['00:00-12:00'], input: 0.1 },
    });
    expect(monthly(price, { ...DEFAULT_TRAFFIC, offPeakShare: 1 }, true)).toBe(100);
    expect(monthly(price, { ...DEFAULT_TRAFFIC, batchShare: 1 }, true)).toBe(100);
    expect(monthly(price, { ...DEFAULT_TRAFFIC, offPeakShare: 0 }, true)).toBe(200);
  });

  it('a route without an output price is not priced, with or without the new shares', () => {
    expect(
      monthly({ input: 1, batch: { input: 0.5 } }, { ...DEFAULT_TRAFFIC, batchShare: 1 }),
    ).toBe('no-output-price');
  });

  it('stays between the cheapest and the dearest way of sending the traffic (property)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        share,
        share,
        share,
        share,
        (offPeakShare, batchShare, cachedShare, cacheWriteShare) => {
          const t = { ...DEFAULT_TRAFFIC, offPeakShare, batchShare, cachedShare, cacheWriteShare };
          const price = {
            ...timeOfDay,
            batch: { input: 0.5, output: 1.5 },
            cache_write: [{ price: 1.65 }],
          };
          const cost = routeMonthlyCost(t, appliedRate(price, t, false)!);
          // Cheapest: everything at the cheapest input-side price ($0.022) and output ($1.5); dearest: $1.65 and $3.96.
          expect(cost).toBeGreaterThanOrEqual(1000 * 0.022 + 200 * 1.5 - 0.01);
          expect(cost).toBeLessThanOrEqual(1000 * 1.65 + 200 * 3.96 + 0.01);
        },
      ),
    );
  });
});

describe('the traffic in the query string and on the page', () => {
  it('keeps the off-peak, batch and cache-write shares; an off-peak share of 0 is kept, left out is spread evenly', () => {
    const t: Traffic = {
      ...DEFAULT_TRAFFIC,
      cacheWriteShare: 0.1,
      offPeakShare: 0,
      batchShare: 0.25,
    };
    expect(trafficQuery(t)).toBe('?writes=10&offpeak=0&batch=25');
    expect(parseTrafficQuery('?writes=10&offpeak=0&batch=25')).toEqual(t);
    expect(parseTrafficQuery('?offpeak=&batch=150&writes=-1')).toEqual(DEFAULT_TRAFFIC);
    expect(trafficLabel({ ...t, offPeakShare: 0.5 })).toBe(
      '1,000M input and 200M output tokens a month, 10% of input written to cache, 50% off-peak, 25% batched',
    );
  });

  it('states the rates and shares each route bills at, and what is not sourced', () => {
    const data = {
      a: {
        name: 'A',
        inputOnly: false,
        modelContext: undefined,
        routes: [{ provider: 'Night', price: timeOfDay }],
      },
      b: {
        name: 'B',
        inputOnly: false,
        modelContext: undefined,
        routes: [
          { provider: 'Batchy', price: withBatch },
          { provider: 'Plain', price: { input: 2, output: 9 } },
        ],
      },
    };
    const f = costFigures(data, DEFAULT_TRAFFIC);
    expect(f.a.basis).toBe(
      '$1.32 input + $3.96 output per 1M tokens; off-peak $0.66 input + $1.98 output for 79.17% of traffic',
    );
    expect(f.a.routes[0]!.note).toBe('Cheapest; Off-peak prices for 79.17% of traffic');
    const g = costFigures(data, { ...DEFAULT_TRAFFIC, batchShare: 0.5, cacheWriteShare: 0.1 });
    expect(g.b.basis).toBe(
      '$1.25 input ($1.563 cache writes, 5-minute cache) + $10 output per 1M tokens; batch $0.625 input + $5 output for 50% of traffic',
    );
    expect(g.b.routes[1]!.note).toBe(
      'No batch price: standard prices used; No cache-write price: input price used',
    );
    expect(g.a.basis).toContain('; no batch price sourced');
  });
});
