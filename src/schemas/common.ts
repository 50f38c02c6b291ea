/**
 * Building blocks shared by every record schema. Each constraint carries a
 * human message: the loader prints it next to the file, line and field.
 */
import * as z from 'zod';

/** Lower-case kebab-case id, as used for file names and references. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A record id (the file name of another record). */
export const recordId = (kind: string) =>
  z
    .string({ error: `must be the id of a ${kind} (text)` })
    .regex(ID_PATTERN, `must be a lower-case kebab-case ${kind} id, like "mistral-ai"`);

/** Characters that would be markup if a template ever forgot to escape. */
const MARKUP = /[<>]/;

/** Plain display text: one line, no markup, a sane length. */
export const text = (max = 200) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MARKUP.test(s), 'must be plain text without "<" or ">" (no HTML)')
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

/** What is wrong with `s` as an absolute http(s) URL, or undefined when nothing is. */
export function httpUrlProblem(s: string): string | undefined {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'must be an absolute http(s) URL, like "https://example.com/pricing"';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http(s) URL: "${url.protocol}" links are not allowed`;
  if (!url.hostname.includes('.')) return 'must be an absolute http(s) URL with a full host name, like "https://example.com/pricing"';
  return undefined;
}

/** An absolute http(s) URL: no javascript:, data: or other schemes. */
export const httpUrl = z
  .string({ error: 'must be a URL (text)' })
  .max(500, 'must be at most 500 characters')
  .superRefine((s, ctx) => {
    const problem = httpUrlProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A real calendar date written YYYY-MM-DD, not after the year 2100. */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD (quote-free text)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .pipe(z.iso.date({ error: 'is not a real calendar date' }))
  .refine((s) => s >= '1990-01-01' && s <= '2100-12-31', 'must be between 1990 and 2100');

/** A month (YYYY-MM) or a full date, for knowledge cutoffs. */
export const isoMonth = z
  .string({ error: 'must be a month written YYYY-MM (or a date YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a month written YYYY-MM (or a date YYYY-MM-DD)')
  .refine((s) => /^\d{4}-(0[1-9]|1[0-2])/.test(s), 'is not a real month: months run from 01 to 12')
  .refine((s) => s.length === 7 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date')
  .refine((s) => s >= '1990-01' && s <= '2100-12', 'must be between 1990 and 2100');

/** A price in USD per 1M tokens: zero or more, and below an absurd ceiling. */
export const usdPerMillion = z
  .number({ error: 'must be a number (USD per 1M tokens)' })
  .min(0, 'must not be negative')
  .max(10_000, 'is over $10,000 per 1M tokens: check the unit (USD per 1M tokens)');

/** A token count such as a context window: a whole number from 1 to 100M. */
export const tokenCount = z
  .number({ error: 'must be a whole number of tokens' })
  .int('must be a whole number of tokens')
  .min(1, 'must be at least 1 token')
  .max(100_000_000, 'is over 100M tokens: check the figure');

/** A list of unique plain-text tags. */
export const tagList = z
  .array(text(60), { error: 'must be a list of short texts' })
  .max(8, 'must hold at most 8 entries')
  .refine((l) => new Set(l.map((t) => t.toLowerCase())).size === l.length, 'must not repeat an entry');
