/**
 * The real build refuses broken catalogues of the bad-input corpus before
 * writing a page, leaving the previous output as it was: one case of each
 * kind (syntax, schema, cross-record, a named pipe that must not hang);
 * every case goes through the loader in tests/bad-input/corpus.test.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runBuild } from '../support/build-site.ts';
import { CASES } from '../bad-input/cases.ts';
import { expectedLines, materialise, relativeLines } from '../bad-input/corpus.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-bad-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const today = new Date().toISOString().slice(0, 10);
const BUILDS = [
  'yaml: unclosed quote',
  'number: negative price',
  'reference: unknown maker',
  'file: a named pipe as a record (must not hang)',
];
const builds = BUILDS.map((name) => [name, CASES.findIndex((c) => c.name === name)] as const);
const caseDir = (i: number) => materialise(CASES[i]!, mkdtempSync(path.join(work, `case-${i}-`)));

/** Hash of every file under `dir`, by relative path. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const f of fg.sync('**/*', { cwd: dir, dot: true, onlyFiles: true }).sort())
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(path.join(dir, f)));
  return hash.digest('hex');
}

describe('the build refuses broken catalogues before writing a page', () => {
  const previous = path.join(work, 'previous-site');
  it.each(builds)('"%s": exit 1, its message, the previous output untouched', (_, i) => {
    // The previous output: the seed site the global setup built, copied once.
    if (readdirSync(work).indexOf('previous-site') < 0)
      cpSync(inject('seedSite'), previous, { recursive: true });
    const before = treeHash(previous);
    const dir = caseDir(i);
    const run = runBuild(dir, previous);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Build stopped');
    const printed = relativeLines(run.stderr.split('\n'), dir);
    for (const line of expectedLines(CASES[i]!, today)) expect(printed).toContain(line);
    expect(treeHash(previous)).toBe(before);
    expect(readdirSync(work).filter((f) => f.startsWith('.build-'))).toEqual([]);
  });
});
