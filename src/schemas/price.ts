/**
 * Schema of one dated price of a route, as the provider bills it: the
 * standard prices, long-context tiers, time-of-day (off-peak) prices, batch
 * prices and cache-write prices. All prices are USD per 1M tokens.
 */
import * as z from 'zod';
import { isoDate, tokenCount, usdPerMillion } from './common.ts';

type Ctx = z.core.$RefinementCtx;

/** Cached input is billed at a discount: a cached-input price above the input price is a typo. */
function cachedNotAboveInput(
  price: { input: number; cached_input?: number | undefined },
  ctx: Ctx,
) {
  if (price.cached_input !== undefined && price.cached_input > price.input) {
    ctx.addIssue({
      code: 'custom',
      path: ['cached_input'],
      message: `is above the input price (${price.input}): cached input tokens are billed at a discount, never more; check the figures`,
    });
  }
}
/** Compared only when every figure is valid: a negative input is reported once, as negative. */
const whenValid = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};
/** Compared only when the named fields are valid, so a problem elsewhere in the price does not hide this one. */
const whenFieldsValid = (...fields: string[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    payload.issues.every((i) => !fields.includes(String(i.path?.[0]))),
});

/** Longest cache lifetime accepted: a week. */
const MAX_CACHE_MINUTES = 7 * 24 * 60;

/** "5m" → 5, "1h" → 60; undefined when not a duration. */
export function durationMinutes(duration: string): number | undefined {
  const m = /^([1-9]\d{0,4})(m|h)$/.exec(duration);
  return m ? Number(m[1]) * (m[2] === 'h' ? 60 : 1) : undefined;
}

const cacheWriteSchema = z.strictObject({
  /** Price of writing input tokens to the prompt cache, USD per 1M tokens. */
  price: usdPerMillion,
  /** How long the written cache lives, as the provider states it: "5m", "1h". */
  duration: z
    .string({ error: 'must be a duration such as "5m" or "1h"' })
    .refine(
      (d) => durationMinutes(d) !== undefined,
      'must be a duration in minutes or hours, such as "5m" or "1h"',
    )
    .refine((d) => (durationMinutes(d) ?? 0) <= MAX_CACHE_MINUTES, 'must be at most a week (168h)')
    .optional(),
});

/** Cache-write prices, one per stated cache lifetime. */
const cacheWriteList = z
  .array(cacheWriteSchema, {
    error: 'must be a list of cache-write prices, each with `price` and, where stated, `duration`',
  })
  .min(1, 'must hold at least one cache-write price (leave the field out when none is sourced)')
  .max(4, 'must hold at most 4 cache-write prices')
  .superRefine((list, ctx) => {
    if (list.length > 1 && list.some((w) => w.duration === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'must give every price its `duration` when there is more than one: which lifetime each price buys is what tells them apart',
      });
    }
    const seen = new Set<number>();
    list.forEach((w, i) => {
      const minutes = w.duration === undefined ? undefined : durationMinutes(w.duration);
      if (minutes === undefined) return;
      if (seen.has(minutes))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'duration'],
          message: `repeats the duration ${w.duration}: give one price per cache lifetime`,
        });
      seen.add(minutes);
    });
  });

/** Batch prices: requests sent through the provider's batch API, answered later at a discount. */
const batchSchema = z
  .strictObject({
    /** Batch input price, USD per 1M tokens. */
    input: usdPerMillion,
    /** Batch output price, USD per 1M tokens (left out for input-only models). */
    output: usdPerMillion.optional(),
    /** Batch cached-input price, USD per 1M tokens, where stated. */
    cached_input: usdPerMillion.optional(),
  })
  .superRefine(cachedNotAboveInput, whenValid);

/** A daily window in UTC, "HH:MM-HH:MM"; it may run past midnight ("16:30-00:30"). */
const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

/** A window's [start, end) in minutes of the day; end past 1440 when it runs past midnight. */
export function windowMinutes(window: string): [number, number] | undefined {
  const m = WINDOW.exec(window);
  if (!m || (m[3] === '24' && m[4] !== '00')) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  let end = Number(m[3]) * 60 + Number(m[4]);
  if (end <= start) end += 1440;
  return [start, end];
}

const windowSchema = z
  .string({ error: 'must be a window of time in UTC, such as "16:30-00:30"' })
  .refine(
    (w) => windowMinutes(w) !== undefined,
    'must be a window "HH:MM-HH:MM" in UTC, 24-hour clock, such as "16:30-00:30" (24:00 only as an end)',
  )
  .refine((w) => {
    const m = windowMinutes(w);
    return !m || m[1] - m[0] < 1440;
  }, 'must not start and end at the same time: a window of the whole day is no off-peak window (give the price as the standard price)');

/** Minutes of the day covered by two windows at once, 0 when they do not overlap. */
function overlap(a: [number, number], b: [number, number]): number {
  let total = 0;
  for (const shift of [-1440, 0, 1440])
    total += Math.max(0, Math.min(a[1], b[1] + shift) - Math.max(a[0], b[0] + shift));
  return total;
}

/** Off-peak prices: what the route bills inside its off-peak windows; the standard prices are the peak prices. */
const offPeakSchema = z
  .strictObject({
    /** Daily off-peak windows in UTC; every other hour bills at the standard (peak) prices. */
    windows_utc: z
      .array(windowSchema, { error: 'must be a list of windows such as ["16:30-00:30"]' })
      .refine((w) => w.length >= 1, { message: 'must hold at least one window', ...whenValid })
      .refine((w) => w.length <= 6, { message: 'must hold at most 6 windows', ...whenValid }),
    /** true when Saturdays and Sundays (UTC) are off-peak all day. */
    weekends: z
      .literal(true, { error: 'must be true, or left out when weekends follow the daily windows' })
      .optional(),
    /** Off-peak input price, USD per 1M tokens. */
    input: usdPerMillion,
    /** Off-peak output price, USD per 1M tokens. */
    output: usdPerMillion.optional(),
    /** Off-peak cached-input price, USD per 1M tokens. */
    cached_input: usdPerMillion.optional(),
  })
  .superRefine(cachedNotAboveInput, whenValid)
  .superRefine((o, ctx) => {
    const spans = o.windows_utc.map(windowMinutes);
    spans.forEach((a, i) =>
      spans.slice(0, i).forEach((b, j) => {
        if (a && b && overlap(a, b) > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['windows_utc', i],
            message: `overlaps window ${o.windows_utc[j]}: give each off-peak hour once`,
          });
      }),
    );
    const minutes = spans.reduce((n, s) => n + (s ? s[1] - s[0] : 0), 0);
    if (minutes >= 1440)
      ctx.addIssue({
        code: 'custom',
        path: ['windows_utc'],
        message:
          'cover the whole day: a price that applies at every hour is the standard price, not an off-peak one',
      });
  }, whenValid);

/** Prices billed on top of (tier) or beside (price) the standard input and output prices. */
const extras = {
  /** Cache-write prices, by cache lifetime where stated. */
  cache_write: cacheWriteList.optional(),
  /** Batch prices. */
  batch: batchSchema.optional(),
};

/** A discounted price must not be above the price it discounts; `kind` names the discount in messages. */
function notAbove(
  kind: string,
  path: (string | number)[],
  standard: { input: number; output?: number | undefined; cached_input?: number | undefined },
  cut: { input: number; output?: number | undefined; cached_input?: number | undefined },
  ctx: Ctx,
) {
  for (const field of ['input', 'output', 'cached_input'] as const) {
    const s = standard[field];
    const c = cut[field];
    if (s !== undefined && c !== undefined && c > s) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, field],
        message: `is above the standard ${field.replace('_', ' ')} price (${s}): ${kind} prices are a discount, never more; check the figures`,
      });
    }
  }
  if (standard.output === undefined && cut.output !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'output'],
      message: `is given, but the standard price has no output price: give the standard output price too, or leave this out`,
    });
  }
  if (standard.output !== undefined && cut.output === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'output'],
      message: `is missing: the standard price has an output price, so state the ${kind} output price too`,
    });
  }
}

/** Batch prices are checked against the standard prices they discount. */
function batchNotAbove(
  price: {
    input: number;
    output?: number | undefined;
    cached_input?: number | undefined;
    batch?: z.infer<typeof batchSchema> | undefined;
  },
  ctx: Ctx,
) {
  if (price.batch) notAbove('batch', ['batch'], price, price.batch, ctx);
}

const tierSchema = z
  .strictObject({
    /** The tier applies when a request's prompt is longer than this many tokens. */
    above_tokens: tokenCount,
    /** Input price in the tier, USD per 1M tokens. */
    input: usdPerMillion,
    /** Output price in the tier, USD per 1M tokens. */
    output: usdPerMillion,
    /** Cached-input price in the tier, USD per 1M tokens. */
    cached_input: usdPerMillion.optional(),
    ...extras,
  })
  .superRefine(cachedNotAboveInput, whenValid)
  .superRefine(batchNotAbove, whenFieldsValid('input', 'output', 'cached_input', 'batch'));

export const priceSchema = z
  .strictObject({
    /** Date this price was seen on the source page (YYYY-MM-DD). */
    seen: isoDate,
    /** Input price, USD per 1M tokens (the peak price when there is an `off_peak` price). */
    input: usdPerMillion,
    /** Output price, USD per 1M tokens (left out for input-only models such as embeddings). */
    output: usdPerMillion.optional(),
    /** Price of cached input tokens, USD per 1M tokens. */
    cached_input: usdPerMillion.optional(),
    /** Long-context tiers, by prompt length. */
    tiers: z
      .array(tierSchema, { error: 'must be a list of tiers' })
      .max(5, 'must hold at most 5 tiers')
      .optional(),
    /** Time-of-day prices: what the route bills in its off-peak windows. */
    off_peak: offPeakSchema.optional(),
    ...extras,
  })
  .superRefine(cachedNotAboveInput, whenFieldsValid('input', 'cached_input'))
  .superRefine(batchNotAbove, whenFieldsValid('input', 'output', 'cached_input', 'batch'))
  .superRefine(
    (price, ctx) => {
      const o = price.off_peak;
      if (!o) return;
      notAbove('off-peak', ['off_peak'], price, o, ctx);
      if (price.cached_input !== undefined && o.cached_input === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['off_peak', 'cached_input'],
          message:
            'is missing: the standard price has a cached-input price, so state the off-peak one too',
        });
      }
      if (price.tiers?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['off_peak'],
          message:
            'cannot be combined with long-context `tiers` in one price: no provider is known to bill both; state them in separate routes or ask for the schema to be extended',
        });
      }
    },
    whenFieldsValid('input', 'output', 'cached_input', 'off_peak', 'tiers'),
  );

export type Price = z.infer<typeof priceSchema>;
export type PriceTier = z.infer<typeof tierSchema>;
export type OffPeakPrice = z.infer<typeof offPeakSchema>;
export type BatchPrice = z.infer<typeof batchSchema>;
export type CacheWritePrice = z.infer<typeof cacheWriteSchema>;
