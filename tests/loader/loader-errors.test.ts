import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { CatalogueError, formatProblem } from '../../src/loader/problem.ts';
import { runScript } from '../support/build-site.ts';
import { patchedCatalogue, SEED_FIXTURE } from '../support/fixture-catalogue.ts';

const seedModel = readFileSync(path.join(SEED_FIXTURE, 'models', 'mistral-small-4.yaml'), 'utf8');
const TODAY = '2026-11-22';

/** Problems as printed, with the temp folder replaced by "data". */
async function problemsOf(files: Record<string, string | Buffer | null>): Promise<string[]> {
  const dir = patchedCatalogue(files);
  const { problems } = await loadCatalogueWithProblems(dir, TODAY);
  return problems.map((p) =>
    formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)).replace(/^/, 'data/') }),
  );
}

describe('the loader reports bad records with file, line and field', () => {
  it('accepts the seed fixture', async () => {
    const catalogue = await loadCatalogue(SEED_FIXTURE, TODAY);
    expect([...catalogue.models.keys()]).toEqual([
      'mimo-v2-5-tts-series',
      'mimo-v2-pro',
      'mistral-small-4',
    ]);
    expect(catalogue.providers.get('openrouter')?.routes[0]?.prices?.[0]?.input).toBe(0.15);
  });

  it('names an unknown key and suggests the near miss', async () => {
    const yaml = seedModel.replace('  vision: true', '  vison: true');
    expect(await problemsOf({ 'models/mistral-small-4.yaml': yaml })).toEqual([
      'data/models/mistral-small-4.yaml:19:3 capabilities.vison: unknown key (did you mean "vision"?)',
    ]);
  });

  it('reports a missing required field at the record', async () => {
    const yaml = seedModel.replace(/^maker: .*\n/m, '');
    expect(await problemsOf({ 'models/mistral-small-4.yaml': yaml })).toEqual([
      'data/models/mistral-small-4.yaml:1:1 maker: is required but missing',
    ]);
  });

  it('reports wrong types, bad enums with a hint, impossible dates and absurd numbers', async () => {
    const yaml = seedModel
      .replace('kind: language', 'kind: langauge')
      .replace('released: 2026-03-16', 'released: 2026-02-30')
      .replace('context_window: 256000', 'context_window: 1000000000000')
      .replace('  total_billions: 119', '  total_billions: "119B"');
    expect(await problemsOf({ 'models/mistral-small-4.yaml': yaml })).toEqual([
      'data/models/mistral-small-4.yaml:3:7 kind: must be one of: language, speech, transcription, voice, embedding, image, video, rerank (did you mean "language"?)',
      'data/models/mistral-small-4.yaml:4:11 released: is not a real calendar date',
      'data/models/mistral-small-4.yaml:5:17 context_window: is over 100M tokens: check the figure',
      'data/models/mistral-small-4.yaml:7:19 parameters.total_billions: must be a number of billions; found text "119B"',
    ]);
  });

  it('reports a negative price and a dangling reference, across files, all at once', async () => {
    const openrouter = readFileSync(
      path.join(SEED_FIXTURE, 'providers', 'openrouter.yaml'),
      'utf8',
    ).replace('input: 0.15', 'input: -0.15');
    const nim = readFileSync(
      path.join(SEED_FIXTURE, 'providers', 'nvidia-nim.yaml'),
      'utf8',
    ).replace('model: mistral-small-4', 'model: mistral-small-5');
    const model = seedModel.replace('maker: mistral-ai', 'maker: mistral');
    expect(
      await problemsOf({
        'providers/openrouter.yaml': openrouter,
        'providers/nvidia-nim.yaml': nim,
        'models/mistral-small-4.yaml': model,
      }),
    ).toEqual([
      'data/models/mistral-small-4.yaml:2:8 maker: no maker "mistral" in makers/ (did you mean "mistral-ai"?)',
      'data/providers/nvidia-nim.yaml:7:12 routes[0].model: no model "mistral-small-5" in models/ (did you mean "mistral-small-4"?)',
      'data/providers/openrouter.yaml:13:16 routes[0].prices[0].input: must not be negative',
    ]);
  });

  it('refuses ids that differ only in case, non-kebab ids and duplicate routes', async () => {
    const problems = await problemsOf({
      'makers/Xiaomi.yaml': 'name: Xiaomi Again\nhomepage: https://mimo.xiaomi.com\n',
    });
    expect(problems).toContain(
      'data/makers/Xiaomi.yaml file name "Xiaomi" is not a valid id: use lower-case kebab-case, like "xiaomi.yaml"',
    );
    expect(
      problems.some((p) =>
        /id "(Xiaomi|xiaomi)" clashes with .*: ids must be unique, ignoring case/.test(p),
      ),
    ).toBe(true);
  });

  it('reports YAML syntax errors, empty files and non-UTF-8 files with their position', async () => {
    expect(
      await problemsOf({
        'makers/broken.yaml': 'name: "unclosed\nhomepage: https://x.example\n',
        'makers/empty.yaml': '',
        'makers/latin1.yaml': Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]),
      }),
    ).toEqual([
      'data/makers/broken.yaml:1:7 YAML syntax error: the text opened with " is never closed: add the closing "',
      'data/makers/empty.yaml file is empty: a record is a mapping of fields, like "name: …"',
      'data/makers/latin1.yaml is not valid UTF-8 text: save the file as UTF-8',
    ]);
  });

  it('refuses unsafe URLs and markup in text', async () => {
    const yaml = seedModel
      .replace('  - https://mistral.ai/news/mistral-small-4', '  - javascript:alert(1)')
      .replace('name: Mistral Small 4', 'name: <script>x</script>');
    expect(await problemsOf({ 'models/mistral-small-4.yaml': yaml })).toEqual([
      'data/models/mistral-small-4.yaml:1:7 name: must be plain text without "<" or ">" (no HTML)',
      'data/models/mistral-small-4.yaml:31:5 sources[0]: must be an http(s) URL: "javascript:" links are not allowed',
    ]);
  });

  it('loadCatalogue throws one error carrying every problem', async () => {
    const dir = patchedCatalogue({ 'makers/empty.yaml': '', 'makers/other.yaml': 'name: X\n' });
    const error = await loadCatalogue(dir, TODAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as CatalogueError).problems).toHaveLength(2);
    expect((error as CatalogueError).message).toMatch(/^2 problems in the data:\n/);
  });
});

describe('npm run validate', () => {
  it('exits 0 and counts the records of a good catalogue', () => {
    const run = runScript('validate.ts', SEED_FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ok: 3 models, 2 makers, 4 providers \(5 routes\), 0 benchmarks/);
  });

  it('exits 1 and prints every problem of DATA_DIR', () => {
    const dir = patchedCatalogue({ 'makers/empty.yaml': '', 'models/mimo-v2-pro.yaml': null });
    const run = runScript('validate.ts', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('makers/empty.yaml file is empty');
    expect(run.stderr).toContain('routes[0].model: no model "mimo-v2-pro" in models/');
    expect(run.stderr).toMatch(/\n2 problems in /);
  });
});
