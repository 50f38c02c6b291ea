/**
 * The bad-input corpus (cases.ts): every broken catalogue is refused with its
 * exact message by the loader, in process. `npm run validate` (exit 1) and the
 * real build (before a page is written, leaving the previous output as it
 * was) use that same loader, so they run on a few representative cases only,
 * one of each kind: a syntax error, a schema error, a cross-record error, a
 * file-level error (a named pipe, which must not hang either), and for
 * validate also several problems at once: a process per case would cost far
 * more than the loader's own run of every case.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { formatProblem } from '../../src/loader/problem.ts';
import { sortProblems } from '../../src/loader/problem.ts';
import { runScript } from '../support/build-site.ts';
import { CASES } from './cases.ts';
import { BASE, expectedLines, materialise, relativeLines } from './corpus.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const today = new Date().toISOString().slice(0, 10);
/** The cases run through `npm run validate` (and the build: tests/pages/bad-input-build.test.ts), by name. */
const REPRESENTATIVE = [
  'yaml: unclosed quote',
  'number: negative price',
  'reference: unknown maker',
  'file: a named pipe as a record (must not hang)',
  'several problems in several files',
];
const representative = REPRESENTATIVE.map(
  (name) => [name, CASES.findIndex((c) => c.name === name)] as const,
);
const caseDir = (i: number) => materialise(CASES[i]!, mkdtempSync(path.join(work, `case-${i}-`)));

describe('the bad-input corpus', () => {
  it('holds at least 30 broken catalogues, each with an expected message', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of CASES) expect(c.expected.length, c.name).toBeGreaterThan(0);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const [name, i] of representative) expect(i, name).toBeGreaterThanOrEqual(0);
  });

  it('starts from a base catalogue that is valid', async () => {
    const { problems } = await loadCatalogueWithProblems(BASE, today);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))(
    'the loader refuses "%s" with the exact message',
    async (_, i) => {
      const dir = caseDir(i);
      const { problems } = await loadCatalogueWithProblems(dir, today);
      expect(relativeLines(sortProblems(problems).map(formatProblem), dir)).toEqual(
        expectedLines(CASES[i]!, today),
      );
    },
  );

  it.each(representative)('npm run validate exits 1 on "%s" and prints its message', (_, i) => {
    const dir = caseDir(i);
    const run = runScript('validate.ts', dir);
    expect(run.status).toBe(1);
    const printed = relativeLines(run.stderr.split('\n'), dir);
    for (const line of expectedLines(CASES[i]!, today)) expect(printed).toContain(line);
  });
});

describe('a leading byte-order mark', () => {
  it('is accepted and dropped: a catalogue whose every file starts with a BOM loads the same', async () => {
    const dir = mkdtempSync(path.join(work, 'bom-'));
    cpSync(BASE, dir, { recursive: true });
    for (const f of fg.sync('**/*.yaml', { cwd: dir }))
      writeFileSync(path.join(dir, f), `\uFEFF${readFileSync(path.join(dir, f), 'utf8')}`);
    const withBom = await loadCatalogue(dir, today);
    const without = await loadCatalogue(BASE, today);
    expect(JSON.stringify([...withBom.models.values()])).toBe(
      JSON.stringify([...without.models.values()]),
    );
    expect(withBom.models.get('mistral-small-4')?.name).toBe('Mistral Small 4');
  });
});
