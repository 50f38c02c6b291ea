/**
 * The build's cache of type-stripped modules (scripts/build/strip-types-cache.mjs):
 * Node's own stripping, positions kept, read back from the cache instead of
 * stripped again, and one entry per distinct source.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strippedSource } from '../../scripts/build/strip-types-cache.mjs';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-strip-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = "import type { A } from './a.ts';\nexport const x: number = 1;\nexport function f(a: A, b?: string): string { return `${a}${b}`; }\n";

describe('the type-stripping cache', () => {
  it("gives Node's own stripping, with every line and column where it was", () => {
    const text = strippedSource(Buffer.from(SOURCE), dir);
    expect(text).toBe(stripTypeScriptTypes(SOURCE, { mode: 'strip' }));
    expect(text).not.toContain(': number');
    expect(text.split('\n').map((l) => l.length)).toEqual(SOURCE.split('\n').map((l) => l.length));
  });

  it('reads a source it has seen from the cache, and keeps one entry per source', () => {
    strippedSource(Buffer.from(SOURCE), dir);
    const [entry] = readdirSync(dir);
    // What the cache holds is what comes back: the source is not stripped again.
    writeFileSync(path.join(dir, entry!), 'export const fromCache = true;\n');
    expect(strippedSource(Buffer.from(SOURCE), dir)).toBe('export const fromCache = true;\n');
    strippedSource(Buffer.from(SOURCE.replace('x: number = 1', 'x: number = 2')), dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
