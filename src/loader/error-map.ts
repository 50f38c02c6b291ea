/**
 * Turns zod issues into problems a person can act on: the field path, a
 * plain message, and a "did you mean" hint for near-miss keys and values.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import type * as z from 'zod';
import { fieldPath, type Problem } from './problem.ts';
import type { SourceFile } from './yaml-source.ts';

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  source: SourceFile,
  schema: z.ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = nearest(key, allowed);
        const message = `unknown key${hint ? ` (did you mean "${hint}"?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
        problems.push({
          file: source.file,
          ...source.locate(path, true),
          field: fieldPath(path),
          message,
        });
      }
      continue;
    }
    // A value of the wrong type fails every other check at its path too: say only that.
    if (
      issue.code !== 'invalid_type' &&
      issues.some((other) => other.code === 'invalid_type' && samePath(other.path, issue.path))
    )
      continue;
    const value = valueAt(source.data, issue.path);
    // A problem inside a text (raw HTML in markdown) is reported at its own line when it can be mapped.
    const inText =
      issue.code === 'custom'
        ? (issue.params as { textPosition?: { line: number; column: number } } | undefined)
            ?.textPosition
        : undefined;
    const where = inText ? source.locateInText(issue.path, inText) : source.locate(issue.path);
    problems.push({
      file: source.file,
      ...where,
      field: fieldPath(issue.path),
      message: describe(issue, value),
    });
  }
  return problems;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && issue.code === 'invalid_type') return 'is required but missing';
  if (value === null && issue.code === 'invalid_type')
    return 'has no value: give one, or leave the key out';
  if (issue.code === 'invalid_type')
    return `${issue.message}; found ${found(value)}${issue.expected === 'number' ? numberHint(value) : ''}`;
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const hint = nearest(value, issue.values.map(String));
    if (hint) return `${issue.message} (did you mean "${hint}"?)`;
  }
  if (issue.code === 'invalid_union') return 'does not match any allowed form';
  return issue.message;
}

/** How to write a figure given as text, like "0.15" or 256_000, as a number. */
function numberHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (value.trim() !== '' && Number.isFinite(Number(value))) return ': remove the quotes';
  if (/^\d{1,3}([_,]\d{3})+(\.\d+)?$/.test(value))
    return `: write it without separators, as ${value.replace(/[_,]/g, '')}`;
  return '';
}

/** A short description of a wrong value: 'text "256K"', 'the number 12', 'a list'. */
function found(value: unknown): string {
  if (typeof value === 'string')
    return `text "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (Number.isNaN(value)) return '.nan, which is not a number';
  if (value === Infinity || value === -Infinity)
    return 'an infinite number (.inf, or a figure too large to hold)';
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'the number' : ''} ${value}`.trim();
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping of fields' : String(value);
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** The keys an object schema allows at `path`, walking through wrappers. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!s) return [];
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object')
      s = unwrap((def.shape as Record<string, z.core.$ZodType>)[String(key)]);
    else if (def.type === 'array') s = unwrap(def.element as z.core.$ZodType);
    else return [];
  }
  if (!s) return [];
  const def = s._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(s: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  while (s) {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
      s = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') s = def.in as z.core.$ZodType;
    else return s;
  }
  return s;
}

/** The candidate closest to `word` by edit distance, if it is close enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return bestDistance <= limit ? best : undefined;
}
