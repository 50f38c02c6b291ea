import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC } from '../../src/lib/cost/cost.ts';
import {
  parseTrafficQuery,
  presetOf,
  trafficLabel,
  trafficQuery,
} from '../../src/lib/cost/cost-traffic.ts';

describe('traffic in the URL', () => {
  it('keeps the default traffic out of the URL and reads an empty query as the default', () => {
    expect(trafficQuery(DEFAULT_TRAFFIC)).toBe('');
    expect(parseTrafficQuery('')).toEqual(DEFAULT_TRAFFIC);
    expect(presetOf(DEFAULT_TRAFFIC)?.id).toBe('production');
  });

  it('writes and reads input and output millions, cached percent and prompt length', () => {
    const t = {
      inputTokens: 10_000_000,
      outputTokens: 2_500_000,
      cachedShare: 0.5,
      promptTokens: 150_000,
    };
    expect(trafficQuery(t)).toBe('?in=10&out=2.5&cached=50&prompt=150000');
    expect(parseTrafficQuery('?in=10&out=2.5&cached=50&prompt=150000')).toEqual(t);
    expect(presetOf(t)).toBeUndefined();
    expect(presetOf({ inputTokens: 10_000_000, outputTokens: 2_000_000 })?.id).toBe('prototype');
  });

  it('ignores unreadable or out-of-range values, keeping the default for that key', () => {
    expect(parseTrafficQuery('?in=abc&out=-5&cached=150&prompt=')).toEqual(DEFAULT_TRAFFIC);
    expect(parseTrafficQuery('?in=1e99&cached=0')).toEqual(DEFAULT_TRAFFIC);
    expect(parseTrafficQuery('?out=0')).toEqual({ ...DEFAULT_TRAFFIC, outputTokens: 0 });
  });

  it('round-trips any traffic the form can state (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (i, o, c, p) => {
          const t = {
            inputTokens: Math.round(i / 1000) * 1000,
            outputTokens: Math.round(o / 1000) * 1000,
            ...(c ? { cachedShare: c / 100 } : {}),
            ...(p ? { promptTokens: p } : {}),
          };
          expect(parseTrafficQuery(trafficQuery(t))).toEqual(t);
        },
      ),
    );
  });

  it('states the traffic in words', () => {
    expect(trafficLabel(DEFAULT_TRAFFIC)).toBe('1,000M input and 200M output tokens a month');
    expect(
      trafficLabel({
        inputTokens: 50_000_000_000,
        outputTokens: 10_000_000_000,
        cachedShare: 0.125,
        promptTokens: 200_000,
      }),
    ).toBe(
      '50,000M input and 10,000M output tokens a month, 12.5% of input cached, prompts averaging 200K tokens',
    );
  });
});
