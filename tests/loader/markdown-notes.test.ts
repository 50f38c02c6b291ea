/**
 * Refusals inside a model's markdown notes are reported at the line and
 * column of the offending text in the YAML file, alongside every other
 * problem of the catalogue, and an invalid record is not also "dangling".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { formatProblem } from '../../src/loader/problem.ts';
import { patchedCatalogue, SEED_FIXTURE } from '../support/fixture-catalogue.ts';

const M = 'models/mistral-small-4.yaml';
const seedModel = readFileSync(path.join(SEED_FIXTURE, M), 'utf8');
const LAST = seedModel.trimEnd().split('\n').length;
const TODAY = '2026-11-22';
const HTML = 'notes: raw HTML is not allowed in markdown (found "<b>"); write plain markdown';

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = patchedCatalogue(files);
  const { problems } = await loadCatalogueWithProblems(dir, TODAY);
  return problems.map((p) =>
    formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)).replace(/^/, 'data/') }),
  );
}
const withNotes = (lines: string) => ({ [M]: `${seedModel.trimEnd()}\n${lines}\n` });

describe('problems in markdown notes', () => {
  it('are placed on their own line inside a literal block, at the indented column', async () => {
    expect(
      await problemsOf(withNotes('notes: |\n  First line.\n\n  Then a <b>bold</b> word.')),
    ).toEqual([`data/${M}:${LAST + 4}:10 ${HTML}`]);
    expect(await problemsOf(withNotes('notes: |-\n    <b>indented more</b>'))).toEqual([
      `data/${M}:${LAST + 2}:5 ${HTML}`,
    ]);
  });

  it('are placed exactly in a one-line plain or quoted value', async () => {
    expect(await problemsOf(withNotes('notes: A <b>b</b>'))).toEqual([
      `data/${M}:${LAST + 1}:10 ${HTML}`,
    ]);
    expect(await problemsOf(withNotes('notes: "A <b>b</b>"'))).toEqual([
      `data/${M}:${LAST + 1}:11 ${HTML}`,
    ]);
  });

  it('fall back to where the value starts when the text is folded', async () => {
    expect(await problemsOf(withNotes('notes: >\n  A line\n  and <b>b</b>'))).toEqual([
      `data/${M}:${LAST + 1}:8 ${HTML}`,
    ]);
  });

  it('are reported with every other problem at once, and the model is not also a dangling reference', async () => {
    const problems = await problemsOf({
      ...withNotes('notes: |\n  [card](javascript:alert(1))'),
      'makers/mistral-ai.yaml': readFileSync(
        path.join(SEED_FIXTURE, 'makers/mistral-ai.yaml'),
        'utf8',
      ).replace('homepage: https://mistral.ai', 'homepage: ftp://mistral.ai'),
    });
    expect(problems).toEqual([
      'data/makers/mistral-ai.yaml:2:11 homepage: must be an http(s) URL: "ftp:" links are not allowed',
      `data/${M}:${LAST + 2}:3 notes: link "javascript:alert(1)" must be an http(s) URL: "javascript:" links are not allowed`,
    ]);
  });

  it('leave valid notes on the record as written', async () => {
    const dir = patchedCatalogue(withNotes('notes: |\n  Good at *agents* & tools.'));
    const catalogue = await loadCatalogue(dir, TODAY);
    expect(catalogue.models.get('mistral-small-4')?.notes).toBe('Good at *agents* & tools.\n');
  });
});
