/**
 * Building blocks shared by every record schema. Each constraint carries a
 * human message: the loader prints it next to the file, line and field.
 */
import * as z from 'zod';
import { undrawableCharacter } from '../og/fonts.ts';

/** Lower-case kebab-case id, as used for file names and references. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest id: a pair page's folder is `<a>-vs-<b>`, and a file name may hold
 * at most 255 bytes on common file systems.
 */
export const MAX_ID_LENGTH = 100;

/**
 * What is wrong with `id` as the id (file name) of a record of `kind`, or
 * undefined when nothing is. A model id may not hold the word "vs": pair
 * pages live at /compare/<a>-vs-<b>/, and models "a-vs-b" and "c" would
 * share the URL of models "a" and "b-vs-c".
 */
export function idProblem(kind: string, id: string): string | undefined {
  if (!ID_PATTERN.test(id))
    return `file name "${id}" is not a valid id: use lower-case kebab-case, like "${suggestId(id)}.yaml"`;
  if (id.length > MAX_ID_LENGTH)
    return `file name "${id.slice(0, 20)}…" is ${id.length} characters long; an id may be at most ${MAX_ID_LENGTH}`;
  if (kind === 'models' && id.split('-').includes('vs')) {
    return `model id "${id}" holds the word "vs", which separates the two ids in a pair URL (/compare/<a>-vs-<b>/): rename the file, e.g. to "${id
      .split('-')
      .map((w) => (w === 'vs' ? 'versus' : w))
      .join('-')}.yaml"`;
  }
  return undefined;
}

function suggestId(id: string): string {
  return (
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-record'
  );
}

/** A record id (the file name of another record). */
export const recordId = (kind: string) =>
  z
    .string({ error: `must be the id of a ${kind} (text)` })
    .regex(ID_PATTERN, `must be a lower-case kebab-case ${kind} id, like "mistral-ai"`);

/** Characters that would be markup if a template ever forgot to escape. */
const MARKUP = /[<>]/;

/**
 * Characters a reader cannot see, refused in every text (names, prose, notes):
 * - \p{Cc} controls (tab and line breaks only where a field allows them);
 * - \p{Cf} format characters: zero-width spaces and joiners, bidirectional
 *   overrides and isolates, the soft hyphen, tag characters;
 * - \p{Default_Ignorable_Code_Point}: what fonts draw as nothing, among them
 *   the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the combining
 *   grapheme joiner U+034F, variation selectors and the Mongolian vowel separator;
 * - U+2800, the blank braille pattern, drawn as an empty cell;
 * - \p{Zl} and \p{Zp}, the line and paragraph separators U+2028 and U+2029;
 * - \p{Co} private-use, \p{Cs} lone surrogate and \p{Cn} unassigned code
 *   points, which no standard font draws.
 * Some of these reorder the text around them; all of them let two names that
 * look the same differ.
 */
export const INVISIBLE =
  '[\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}\\u2800\\p{Zl}\\p{Zp}\\p{Co}\\p{Cs}\\p{Cn}]';
const invisiblePatterns = new Map<string, RegExp>();

/** `U+202E` for the first invisible character of `s` that `allowed` does not permit, or undefined. */
function invisibleCharacter(s: string, allowed = ''): string | undefined {
  let pattern = invisiblePatterns.get(allowed);
  if (!pattern) {
    const except = [...allowed]
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('');
    pattern = new RegExp(except ? `(?![${except}])${INVISIBLE}` : INVISIBLE, 'u');
    invisiblePatterns.set(allowed, pattern);
  }
  const ch = pattern.exec(s)?.[0];
  return ch === undefined
    ? undefined
    : `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Refuses control and invisible characters, naming the first one found. */
export const visibleOnly =
  (allowed = '') =>
  (s: string, ctx: z.core.$RefinementCtx<string>) => {
    const found = invisibleCharacter(s, allowed);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `must not contain control or invisible characters (found ${found}): delete it, or retype the text`,
      });
  };

/** Plain display text: one line, no markup, a sane length. */
export const text = (max = 200) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MARKUP.test(s), 'must be plain text without "<" or ">" (no HTML)')
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line')
    .superRefine(visibleOnly('\r\n'));

/**
 * A name shown on the sharing images (a model's or a maker's): plain text
 * whose every character one of the images' fonts draws (src/og/fonts.ts),
 * so no card shows a missing-glyph box.
 */
export const displayName = (max = 80) =>
  text(max).superRefine((s, ctx) => {
    // An invisible character is reported as such (by text()), not also as one the images cannot draw.
    const found = invisibleCharacter(s, '\r\n') ? undefined : undrawableCharacter(s);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `holds ${found}, which the sharing images cannot draw: names may be written in Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari or Thai letters`,
      });
  });

/** Characters RFC 3986 never allows unencoded in a URL. */
const UNSAFE_IN_URL = new RegExp(`[\\s"<>\\\\^\`{|}]|${INVISIBLE}`, 'u');
/** A public DNS name: ASCII labels, and a top-level domain that is not all digits. */
const PUBLIC_HOST = /^(?:[a-z0-9-]+\.)+[a-z0-9-]*[a-z][a-z0-9-]*$/;

/** What is wrong with `s` as an absolute http(s) URL of a public page, or undefined when nothing is. */
export function httpUrlProblem(s: string): string | undefined {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'must be an absolute http(s) URL, like "https://example.com/pricing"';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `must be an http(s) URL: "${url.protocol}" links are not allowed`;
  if (UNSAFE_IN_URL.test(s))
    return 'must not contain spaces, invisible characters or any of " < > \\ ^ ` { | }: percent-encode them (a space is %20)';
  // The URL parser forgives "https:x.com" and "https:/x.com"; a browser reads them as links within this site.
  if (!/^https?:\/\/[^/]/i.test(s))
    return 'must start with "https://" or "http://" followed by the host name';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (/^[\d.]+$|^\[/.test(url.hostname)) return 'must name a host, not an IP address';
  if (url.hostname.includes('xn--') && !s.toLowerCase().includes('xn--')) {
    return `has a host name with non-ASCII letters ("${url.hostname}" once encoded): check it is the real site, and write its host in ASCII`;
  }
  if (!PUBLIC_HOST.test(url.hostname) || /(^|\.)localhost$/.test(url.hostname))
    return 'must be an absolute http(s) URL with a full host name, like "https://example.com/pricing"';
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
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    error: 'must be a month written YYYY-MM (or a date YYYY-MM-DD)',
    abort: true,
  })
  .refine((s) => /^\d{4}-(0[1-9]|1[0-2])/.test(s), {
    error: 'is not a real month: months run from 01 to 12',
    abort: true,
  })
  .refine(
    (s) =>
      s.length === 7 ||
      (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
        new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)),
    'is not a real calendar date',
  )
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
  .refine(
    noRepeats((t: string) => t.toLowerCase()),
    'must not repeat an entry',
  );

/** A list check: no two entries are the same (after `key`). */
export function noRepeats<T>(key: (entry: T) => unknown = (e) => e) {
  return (list: T[]) => new Set(list.map(key)).size === list.length;
}
