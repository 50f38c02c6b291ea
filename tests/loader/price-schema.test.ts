/**
 * The schema of prices as billed: off-peak windows, batch and cache-write
 * prices. Each bad value is refused with its own message, at its field, and
 * the loader prints it with file and line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { formatProblem } from '../../src/loader/problem.ts';
import { priceSchema } from '../../src/schemas/price.ts';
import { patchedCatalogue, SEED_FIXTURE } from '../support/fixture-catalogue.ts';

const base = { seen: '2026-09-23', input: 1.32, output: 3.96, cached_input: 0.044 };
const offPeak = {
  windows_utc: ['10:00-01:00', '04:00-06:00'],
  weekends: true,
  input: 0.66,
  output: 1.98,
  cached_input: 0.022,
};

/** "path: message" for each problem of a price. */
function problems(price: unknown): string[] {
  const r = priceSchema.safeParse(price);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('prices as billed: valid records', () => {
  it('accepts off-peak windows, batch prices and cache writes by lifetime', () => {
    expect(problems({ ...base, off_peak: offPeak })).toEqual([]);
    expect(
      problems({
        ...base,
        off_peak: { windows_utc: ['16:30-00:30'], input: 0.5, output: 2, cached_input: 0.01 },
      }),
    ).toEqual([]);
    expect(
      problems({
        ...base,
        batch: { input: 0.66, output: 1.98 },
        cache_write: [
          { price: 1.65, duration: '5m' },
          { price: 2.64, duration: '1h' },
        ],
      }),
    ).toEqual([]);
    expect(problems({ ...base, cache_write: [{ price: 1.65 }] })).toEqual([]);
    expect(problems({ seen: '2026-01-01', input: 0.13, batch: { input: 0.065 } })).toEqual([]);
    expect(
      problems({
        ...base,
        tiers: [
          {
            above_tokens: 200000,
            input: 2.64,
            output: 7.92,
            batch: { input: 1.32, output: 3.96 },
            cache_write: [{ price: 3.3 }],
          },
        ],
      }),
    ).toEqual([]);
    expect(problems({ ...base, off_peak: { ...offPeak, windows_utc: ['22:00-24:00'] } })).toEqual(
      [],
    );
  });
});

describe('prices as billed: bad values are refused with their message', () => {
  it('windows must be well formed, not overlap and not cover the whole day', () => {
    const at = (windows_utc: unknown) =>
      problems({ ...base, off_peak: { ...offPeak, windows_utc } });
    expect(at(['16:30 - 00:30'])).toEqual([
      'off_peak.windows_utc.0: must be a window "HH:MM-HH:MM" in UTC, 24-hour clock, such as "16:30-00:30" (24:00 only as an end)',
    ]);
    expect(at(['25:00-01:00'])).toEqual([
      'off_peak.windows_utc.0: must be a window "HH:MM-HH:MM" in UTC, 24-hour clock, such as "16:30-00:30" (24:00 only as an end)',
    ]);
    expect(at(['22:00-24:30'])).toEqual([
      'off_peak.windows_utc.0: must be a window "HH:MM-HH:MM" in UTC, 24-hour clock, such as "16:30-00:30" (24:00 only as an end)',
    ]);
    expect(at(['08:00-08:00'])).toEqual([
      'off_peak.windows_utc.0: must not start and end at the same time: a window of the whole day is no off-peak window (give the price as the standard price)',
    ]);
    expect(at(['16:30-00:30', '00:00-02:00'])).toEqual([
      'off_peak.windows_utc.1: overlaps window 16:30-00:30: give each off-peak hour once',
    ]);
    expect(at(['00:00-12:00', '12:00-24:00'])).toEqual([
      'off_peak.windows_utc: cover the whole day: a price that applies at every hour is the standard price, not an off-peak one',
    ]);
    expect(at([])).toEqual(['off_peak.windows_utc: must hold at least one window']);
    expect(at('16:30-00:30')).toEqual([
      'off_peak.windows_utc: must be a list of windows such as ["16:30-00:30"]',
    ]);
    expect(problems({ ...base, off_peak: { ...offPeak, weekends: false } })).toEqual([
      'off_peak.weekends: must be true, or left out when weekends follow the daily windows',
    ]);
  });

  it('off-peak prices are not above peak, state output and cached prices alike, and stand without tiers', () => {
    expect(problems({ ...base, off_peak: { ...offPeak, input: 1.5 } })).toEqual([
      'off_peak.input: is above the standard input price (1.32): off-peak prices are a discount, never more; check the figures',
    ]);
    expect(problems({ ...base, off_peak: { ...offPeak, output: 4 } })).toEqual([
      'off_peak.output: is above the standard output price (3.96): off-peak prices are a discount, never more; check the figures',
    ]);
    const { output: _o, ...noOutput } = offPeak;
    expect(problems({ ...base, off_peak: noOutput })).toEqual([
      'off_peak.output: is missing: the standard price has an output price, so state the off-peak output price too',
    ]);
    const { cached_input: _c, ...noCached } = offPeak;
    expect(problems({ ...base, off_peak: noCached })).toEqual([
      'off_peak.cached_input: is missing: the standard price has a cached-input price, so state the off-peak one too',
    ]);
    expect(problems({ ...base, off_peak: { ...offPeak, cached_input: 0.7 } })).toEqual([
      'off_peak.cached_input: is above the input price (0.66): cached input tokens are billed at a discount, never more; check the figures',
    ]);
    expect(
      problems({
        ...base,
        tiers: [{ above_tokens: 200000, input: 2, output: 8 }],
        off_peak: offPeak,
      }),
    ).toEqual([
      'off_peak: cannot be combined with long-context `tiers` in one price: no provider is known to bill both; state them in separate routes or ask for the schema to be extended',
    ]);
    expect(problems({ ...base, off_peak: { ...offPeak, window_utc: '16:30-00:30' } })).toEqual([
      'off_peak: Unrecognized key: "window_utc"',
    ]);
  });

  it('batch prices are not above standard and follow its output', () => {
    expect(problems({ ...base, batch: { input: 2, output: 1 } })).toEqual([
      'batch.input: is above the standard input price (1.32): batch prices are a discount, never more; check the figures',
    ]);
    expect(problems({ ...base, batch: { input: 0.66 } })).toEqual([
      'batch.output: is missing: the standard price has an output price, so state the batch output price too',
    ]);
    expect(
      problems({ seen: '2026-01-01', input: 0.13, batch: { input: 0.065, output: 0.1 } }),
    ).toEqual([
      'batch.output: is given, but the standard price has no output price: give the standard output price too, or leave this out',
    ]);
    expect(problems({ ...base, batch: { input: -1, output: 1 } })).toEqual([
      'batch.input: must not be negative',
    ]);
    expect(
      problems({
        ...base,
        tiers: [{ above_tokens: 200000, input: 2, output: 8, batch: { input: 3, output: 4 } }],
      }),
    ).toEqual([
      'tiers.0.batch.input: is above the standard input price (2): batch prices are a discount, never more; check the figures',
    ]);
  });

  it('cache writes name their lifetime when there are several, once each', () => {
    const at = (cache_write: unknown) => problems({ ...base, cache_write });
    expect(at([{ price: 1.65, duration: '5 minutes' }])).toEqual([
      'cache_write.0.duration: must be a duration in minutes or hours, such as "5m" or "1h"',
    ]);
    expect(at([{ price: 1.65, duration: '200h' }])).toEqual([
      'cache_write.0.duration: must be at most a week (168h)',
    ]);
    expect(at([{ price: 1.65 }, { price: 2.64, duration: '1h' }])).toEqual([
      'cache_write: must give every price its `duration` when there is more than one: which lifetime each price buys is what tells them apart',
    ]);
    expect(
      at([
        { price: 1.65, duration: '60m' },
        { price: 2.64, duration: '1h' },
      ]),
    ).toEqual([
      'cache_write.1.duration: repeats the duration 1h: give one price per cache lifetime',
    ]);
    expect(at([])).toEqual([
      'cache_write: must hold at least one cache-write price (leave the field out when none is sourced)',
    ]);
    expect(at({ price: 1.65 })).toEqual([
      'cache_write: must be a list of cache-write prices, each with `price` and, where stated, `duration`',
    ]);
    expect(at([{ price: -1 }])).toEqual(['cache_write.0.price: must not be negative']);
  });
});

describe('the loader names file, line and field', () => {
  it('reports a bad off-peak window and a batch price above standard, all at once', async () => {
    const yaml = readFileSync(
      path.join(SEED_FIXTURE, 'providers', 'openrouter.yaml'),
      'utf8',
    ).replace(
      '        cached_input: 0.015\n',
      '        cached_input: 0.015\n        batch: { input: 0.3, output: 0.9 }\n        off_peak:\n          windows_utc: ["16:30-0:30"]\n          input: 0.1\n          output: 0.5\n          cached_input: 0.01\n',
    );
    const dir = patchedCatalogue({ 'providers/openrouter.yaml': yaml });
    const { problems: found } = await loadCatalogueWithProblems(dir, '2026-11-22');
    expect(
      found.map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) })),
    ).toEqual([
      'providers/openrouter.yaml:16:25 routes[0].prices[0].batch.input: is above the standard input price (0.15): batch prices are a discount, never more; check the figures',
      'providers/openrouter.yaml:16:38 routes[0].prices[0].batch.output: is above the standard output price (0.6): batch prices are a discount, never more; check the figures',
      'providers/openrouter.yaml:18:25 routes[0].prices[0].off_peak.windows_utc[0]: must be a window "HH:MM-HH:MM" in UTC, 24-hour clock, such as "16:30-00:30" (24:00 only as an end)',
    ]);
  });
});
