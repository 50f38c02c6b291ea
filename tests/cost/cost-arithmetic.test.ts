import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableTier,
  appliedRate,
  cheapestIndex,
  costLine,
  DEFAULT_TRAFFIC,
  monthlyCost,
  type CostRoute,
} from '../../src/lib/cost/cost.ts';

const tier = (above_tokens: number, input: number, output: number, cached_input?: number) => ({
  above_tokens,
  input,
  output,
  ...(cached_input === undefined ? {} : { cached_input }),
});

describe('monthly cost arithmetic', () => {
  it('bills prices per 1M tokens: the default traffic at $0.15/$0.60 is $270', () => {
    expect(DEFAULT_TRAFFIC).toEqual({ inputTokens: 1_000_000_000, outputTokens: 200_000_000 });
    expect(monthlyCost(DEFAULT_TRAFFIC, 0.15, 0.6)).toBe(270);
    expect(monthlyCost({ inputTokens: 1_000_000, outputTokens: 1_000_000 }, 3, 15)).toBe(18);
    expect(monthlyCost({ inputTokens: 500_000, outputTokens: 0 }, 2, 10)).toBe(1);
  });

  it('bills the cached share of input at the cached price', () => {
    expect(monthlyCost({ ...DEFAULT_TRAFFIC, cachedShare: 0.5 }, 0.15, 0.6, 0.015)).toBe(
      75 + 7.5 + 120,
    );
    expect(monthlyCost({ ...DEFAULT_TRAFFIC, cachedShare: 1 }, 0.15, 0.6, 0.015)).toBe(15 + 120);
    // Without a cached price the input price stands in: the share changes nothing.
    expect(monthlyCost({ ...DEFAULT_TRAFFIC, cachedShare: 0.5 }, 0.15, 0.6)).toBe(270);
    // Out-of-range shares are clamped.
    expect(monthlyCost({ ...DEFAULT_TRAFFIC, cachedShare: 7 }, 0.15, 0.6, 0.015)).toBe(135);
  });

  it('rounds to cents, half a cent up, despite binary floating point', () => {
    expect(monthlyCost({ inputTokens: 1_000, outputTokens: 0 }, 0.145 * 1000, 0)).toBe(0.15); // 0.145 → 0.15, not 0.14
    expect(monthlyCost({ inputTokens: 3_000_000, outputTokens: 0 }, 0.1, 0)).toBe(0.3);
    expect(monthlyCost({ inputTokens: 1, outputTokens: 0 }, 1, 0)).toBe(0);
  });

  it('is never negative and grows with traffic (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(1e12),
        fc.nat(1e12),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inTok, outTok, input, output, share) => {
          const t = { inputTokens: inTok, outputTokens: outTok, cachedShare: share };
          const cost = monthlyCost(t, input, output, input / 10);
          expect(cost).toBeGreaterThanOrEqual(0);
          expect(
            monthlyCost({ ...t, inputTokens: inTok * 2 }, input, output, input / 10),
          ).toBeGreaterThanOrEqual(cost);
          expect(cost).toBeLessThanOrEqual(
            monthlyCost({ ...t, cachedShare: 0 }, input, output) + 0.01,
          );
        },
      ),
    );
  });
});

describe('long-context tiers', () => {
  const tiers = [tier(128_000, 2, 12), tier(200_000, 2.5, 15, 0.25)];

  it('apply when the average prompt is longer than above_tokens; the highest such tier wins', () => {
    expect(applicableTier(tiers, undefined)).toBeUndefined();
    expect(applicableTier(tiers, 128_000)).toBeUndefined();
    expect(applicableTier(tiers, 128_001)?.above_tokens).toBe(128_000);
    expect(applicableTier(tiers, 300_000)?.above_tokens).toBe(200_000);
    expect(applicableTier([...tiers].reverse(), 300_000)?.above_tokens).toBe(200_000);
  });

  it('bill input, output and cached input at the tier prices; a tier without a cached price bills cached tokens as input', () => {
    const price = { input: 1.25, output: 10, cached_input: 0.125, tiers };
    expect(appliedRate(price, DEFAULT_TRAFFIC, false)).toMatchObject({
      input: 1.25,
      output: 10,
      cachedInput: 0.125,
      cachedSourced: true,
      tierAbove: undefined,
    });
    expect(appliedRate(price, { ...DEFAULT_TRAFFIC, promptTokens: 300_000 }, false)).toMatchObject({
      input: 2.5,
      output: 15,
      cachedInput: 0.25,
      cachedSourced: true,
      tierAbove: 200_000,
    });
    expect(appliedRate(price, { ...DEFAULT_TRAFFIC, promptTokens: 150_000 }, false)).toMatchObject({
      input: 2,
      output: 12,
      cachedInput: 2,
      cachedSourced: false,
      tierAbove: 128_000,
    });
    const line = costLine({ provider: 'p', price }, false, {
      ...DEFAULT_TRAFFIC,
      promptTokens: 300_000,
      cachedShare: 0.5,
    });
    expect(line).toMatchObject({ status: 'priced', monthly: 500 * 2.5 + 500 * 0.25 + 200 * 15 });
  });
});

describe('routes without a full price', () => {
  it('are never billed at 0: no price, no output price and over-context routes say why', () => {
    expect(costLine({ provider: 'p' }, false, DEFAULT_TRAFFIC)).toEqual({
      status: 'unpriced',
      reason: 'no-price',
    });
    expect(costLine({ provider: 'p', price: { input: 1 } }, false, DEFAULT_TRAFFIC)).toEqual({
      status: 'unpriced',
      reason: 'no-output-price',
    });
    expect(
      costLine({ provider: 'p', price: { input: 0.02 } }, true, DEFAULT_TRAFFIC),
    ).toMatchObject({ status: 'priced', monthly: 20 });
    const long = { ...DEFAULT_TRAFFIC, promptTokens: 200_000 };
    expect(
      costLine(
        { provider: 'p', contextLimit: 131_072, price: { input: 1, output: 1 } },
        false,
        long,
      ),
    ).toEqual({ status: 'unpriced', reason: 'over-context' });
    expect(
      costLine({ provider: 'p', price: { input: 1, output: 1 } }, false, long, 128_000),
    ).toEqual({ status: 'unpriced', reason: 'over-context' });
    expect(
      costLine({ provider: 'p', price: { input: 1, output: 1 } }, false, long, 1_000_000).status,
    ).toBe('priced');
  });

  it('leave the cheapest to priced routes, with the tie rule: larger context limit, then provider name', () => {
    const routes: CostRoute[] = [
      { provider: 'Alpha', contextLimit: 256_000, price: { input: 0.15, output: 0.6 } },
      { provider: 'Beta' },
      { provider: 'Zeta', contextLimit: 262_144, price: { input: 0.15, output: 0.6 } },
      { provider: 'Gamma', contextLimit: 262_144, price: { input: 0.15, output: 0.6 } },
    ];
    const lines = routes.map((r) => costLine(r, false, DEFAULT_TRAFFIC));
    expect(routes[cheapestIndex(routes, lines)]!.provider).toBe('Gamma');
    expect(cheapestIndex([routes[1]!], [lines[1]!])).toBe(-1);
  });
});
