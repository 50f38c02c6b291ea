/**
 * The importer end to end on a small fixture catalogue (tests/import/fixtures):
 * a copy of the fixture data directory per test, the real runImport (which
 * plans, applies, validates with the loader and writes), then assertions on
 * the records as the loader reads them back and on the files' bytes.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueError, loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/index.ts';
import { describeChange } from '../../src/import/describe.ts';
import { runImport, type RunOptions } from '../../src/import/run.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const CATALOGUE = path.join(FIXTURES, 'catalogue.json');
const CONFIG = path.join(FIXTURES, 'import-config.yaml');
const TODAY = '2026-06-01';

let work: string;
let dataDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'llm-compare-import-test-'));
  dataDir = path.join(work, 'data');
  await cp(path.join(FIXTURES, 'data'), dataDir, { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const run = (extra: Partial<RunOptions> = {}) => runImport({ dataDir, from: CATALOGUE, config: CONFIG, today: TODAY, ...extra });

/** Every file under the data directory, path → bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await fg(['**/*'], { cwd: dir, dot: true })).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, (await readFile(path.join(dir, f))).toString('base64')] as const)));
}

/** A catalogue like the fixture with `edit` applied, written to the work folder. */
async function editedCatalogue(edit: (c: Record<string, any>) => void): Promise<string> {
  const c = JSON.parse(await readFile(CATALOGUE, 'utf8'));
  edit(c);
  const file = path.join(work, 'catalogue-edited.json');
  await writeFile(file, JSON.stringify(c));
  return file;
}

describe('first import on the fixture', () => {
  it('creates the mapped models that are missing, with the facts the catalogue has', async () => {
    const result = await run();
    expect(result.written).toBe(true);
    expect(result.problems).toEqual([]);
    const cat = await loadCatalogue(dataDir, TODAY);

    const two = cat.models.get('acme-two')!;
    expect(two).toEqual({
      id: 'acme-two',
      name: 'Acme Two',
      maker: 'acme',
      kind: 'language',
      released: '2026-02-01',
      context_window: 262144,
      knowledge_cutoff: '2025-09',
      // text-only in and out, attachment false → vision and multimodal false;
      // no structured_output in the catalogue → structured_outputs left out.
      capabilities: { vision: false, multimodal: false, reasoning: false, function_calling: true },
      // The route's page (our acme-api pricing_url) and the provider's docs, not the catalogue.
      sources: ['https://acme.example.com/pricing', 'https://acme.example.com/docs/models'],
      reviewed: TODAY,
    });

    // The kind override of the config: embeddings are text → text in the catalogue.
    expect(cat.models.get('acme-embed')!.kind).toBe('embedding');
    expect(cat.models.get('acme-old')!.name).toBe('Acme Old');
    // Not mapped (no maker for lab "globex") and not listed: not created.
    expect(cat.models.has('globex-chat')).toBe(false);
    expect(cat.models.has('acme-unmapped')).toBe(false);
    expect(result.plan.notes.some((n) => n.includes('globex/globex-chat') && n.includes('no maker mapped'))).toBe(true);
  });

  it('adds routes with their dated prices, tiers and deprecation', async () => {
    const result = await run();
    const cat = await loadCatalogue(dataDir, TODAY);
    const acme = cat.providers.get('acme-api')!;
    expect(acme.routes.map((r) => r.model)).toEqual(['acme-one', 'acme-zero', 'acme-two', 'acme-embed', 'acme-old']);

    expect(acme.routes[2]).toEqual({
      model: 'acme-two',
      api_id: 'acme-two',
      context_limit: 262144,
      source: 'https://acme.example.com/pricing',
      prices: [{ seen: TODAY, input: 2, output: 8, tiers: [{ above_tokens: 200000, input: 4, output: 16 }] }],
    });
    // An embedding's 0 output price is left out (input-only model).
    expect(acme.routes[3]!.prices).toEqual([{ seen: TODAY, input: 0.05 }]);
    // status "deprecated" → deprecated: true, on a new route and on an existing one matched by api_id.
    expect(acme.routes[4]!.deprecated).toBe(true);
    expect(acme.routes[1]).toMatchObject({ model: 'acme-zero', api_id: 'acme-zero-1', deprecated: true });

    // hub: the explicit "hub/acme/acme-two" key wins over the ":free" variant; its page from route_source.
    const hub = cat.providers.get('hub')!;
    expect(hub.routes[1]).toEqual({
      model: 'acme-two',
      api_id: 'acme/acme-two',
      context_limit: 262144,
      source: 'https://hub.example.com/models/acme/acme-two',
      prices: [{ seen: TODAY, input: 2.2, output: 8.8, cached_input: 0.22 }],
    });
    // Two routes inherit from acme/acme-old on hub at the same rank: none is taken, and the run says so.
    expect(hub.routes.some((r) => r.model === 'acme-old')).toBe(false);
    expect(result.plan.notes).toContain('hub: 2 catalogue routes map to model "acme-old" (acme/acme-old-x, acme/acme-old-y); none taken: map the one you want as "hub/<route-id>" in the config');
  });

  it('creates a provider from the config only when it gets routes', async () => {
    const result = await run();
    const cat = await loadCatalogue(dataDir, TODAY);
    expect(cat.providers.get('new-host')).toEqual({
      id: 'new-host',
      name: 'New Host',
      kind: 'inference-host',
      url: 'https://newhost.example.com',
      pricing_url: 'https://newhost.example.com/pricing',
      reviewed: TODAY,
      routes: [
        {
          model: 'acme-two',
          api_id: 'acme-two-fast',
          context_limit: 131072,
          source: 'https://newhost.example.com/pricing',
          prices: [{ seen: TODAY, input: 3, output: 12 }],
        },
      ],
    });
    expect(cat.providers.has('empty-host')).toBe(false);
    expect(result.plan.notes.some((n) => n.includes('empty-host.yaml not created'))).toBe(true);
  });

  it('writes only records the loader accepts', async () => {
    const result = await run();
    expect(result.files.map((f) => `${f.created ? 'new' : 'updated'} ${f.path}`)).toEqual([
      'new models/acme-embed.yaml',
      'new models/acme-old.yaml',
      'updated models/acme-one.yaml',
      'new models/acme-two.yaml',
      'updated providers/acme-api.yaml',
      'updated providers/hub.yaml',
      'new providers/new-host.yaml',
    ]);
    const { problems } = await loadCatalogueWithProblems(dataDir, TODAY);
    expect(problems).toEqual([]);
  });
});

describe('idempotence', () => {
  it('a second run on the same input changes nothing, byte for byte, and says so', async () => {
    const first = await run();
    expect(first.plan.changes.length).toBeGreaterThan(0);
    const after = await snapshot(dataDir);

    const second = await run();
    expect(second.plan.changes).toEqual([]);
    expect(second.files).toEqual([]);
    expect(second.written).toBe(false);
    expect(await snapshot(dataDir)).toEqual(after);

    // The command line says so too.
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'import.ts'), '--from', CATALOGUE, '--config', CONFIG], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`No changes: ${dataDir} already matches the catalogue.`);
    expect(cli.stdout).not.toMatch(/^\s*(create|add|set|fill) /m);
    expect(await snapshot(dataDir)).toEqual(after);
  });
});

describe('prices', () => {
  it('a changed price is appended as a new dated price and the older ones are kept', async () => {
    await run();
    const changed = await editedCatalogue((c) => {
      c.acme.models['acme-one-0425'].cost = { input: 0.8, output: 3.2, cache_read: 0.08 };
    });
    const result = await run({ from: changed, seen: '2026-06-15', today: '2026-06-15' });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toHaveLength(1);

    const cat = await loadCatalogue(dataDir, '2026-06-15');
    expect(cat.providers.get('acme-api')!.routes[0]!.prices).toEqual([
      { seen: '2025-05-01', input: 1.2, output: 4.8 },
      { seen: '2025-08-01', input: 1, output: 4, cached_input: 0.1 },
      { seen: '2026-06-15', input: 0.8, output: 3.2, cached_input: 0.08 },
    ]);
    // The hand-written history keeps its own formatting (1.20, 4.80, …).
    const text = await readFile(path.join(dataDir, 'providers/acme-api.yaml'), 'utf8');
    expect(text).toContain('      - seen: 2025-05-01\n        input: 1.20\n        output: 4.80\n');
    expect(text).toContain('      - seen: 2026-06-15\n        input: 0.8\n        output: 3.2\n        cached_input: 0.08\n');
    // Prices that did not change gained nothing.
    expect(cat.providers.get('hub')!.routes[0]!.prices).toEqual([{ seen: '2026-01-10', input: 1.1, output: 4.4 }]);
  });

  it('an unchanged price adds nothing, and a figure the catalogue leaves out is not a change', async () => {
    const dropped = await editedCatalogue((c) => {
      delete c.acme.models['acme-one-0425'].cost.cache_read; // ours has cached_input 0.10; the catalogue is silent
    });
    const result = await run({ from: dropped });
    expect(result.plan.changes.filter((c) => c.type === 'add-price' && c.model === 'acme-one')).toEqual([]);
  });

  it('does not add a price dated on or before the current one, and says why', async () => {
    const changed = await editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.9, output: 3.6 };
    });
    const result = await run({ from: changed, seen: '2026-01-10' });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toEqual([]);
    expect(result.plan.notes.some((n) => n.startsWith("hub/acme/acme-one-0425: price differs") && n.includes("dated 2026-01-10, on or after 2026-01-10"))).toBe(true);
  });

  it('takes no 0/0 price unless the provider entry allows zero prices', async () => {
    const free = await editedCatalogue((c) => {
      c.acme.models['acme-two'].cost = { input: 0, output: 0 };
    });
    await run({ from: free });
    const cat = await loadCatalogue(dataDir, TODAY);
    const route = cat.providers.get('acme-api')!.routes.find((r) => r.model === 'acme-two')!;
    expect(route.prices).toBeUndefined();

    // With zero_prices: true, the same 0/0 is a price.
    await rm(dataDir, { recursive: true });
    await cp(path.join(FIXTURES, 'data'), dataDir, { recursive: true });
    const config = path.join(work, 'config.yaml');
    await writeFile(config, (await readFile(CONFIG, 'utf8')).replace('    provider: acme-api\n', '    provider: acme-api\n    zero_prices: true\n'));
    await run({ from: free, config });
    const again = await loadCatalogue(dataDir, TODAY);
    expect(again.providers.get('acme-api')!.routes.find((r) => r.model === 'acme-two')!.prices).toEqual([{ seen: TODAY, input: 0, output: 0 }]);
  });

  it('takes routes but no prices from a provider entry with prices: false', async () => {
    const config = path.join(work, 'config.yaml');
    await writeFile(config, (await readFile(CONFIG, 'utf8')).replace('    provider: hub\n', '    provider: hub\n    prices: false\n'));
    const changed = await editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.5, output: 2 };
    });
    const result = await run({ from: changed, config });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toEqual([]);
    const hub = (await loadCatalogue(dataDir, TODAY)).providers.get('hub')!;
    expect(hub.routes[0]!.prices).toEqual([{ seen: '2026-01-10', input: 1.1, output: 4.4 }]);
    expect(hub.routes[1]).toEqual({ model: 'acme-two', api_id: 'acme/acme-two', context_limit: 262144, source: 'https://hub.example.com/models/acme/acme-two' });
  });
});

describe('hand-curated fields', () => {
  it('fills only absent fields of a model we have and never overwrites one', async () => {
    const before = await readFile(path.join(dataDir, 'models/acme-one.yaml'), 'utf8');
    await run();
    const cat = await loadCatalogue(dataDir, TODAY);
    const one = cat.models.get('acme-one')!;
    // Set by hand, different from the catalogue: kept.
    expect(one.context_window).toBe(200000); // the catalogue says 131072
    expect(one.capabilities!.vision).toBe(false); // the catalogue has image input
    expect(one.licence).toEqual({ name: 'Acme Community Licence', url: 'https://acme.example.com/licence' });
    expect(one.openness).toBe('open-weights');
    expect(one.decision_fit).toEqual(['rag', 'agents']);
    expect(one.sources).toEqual(['https://acme.example.com/models/acme-one']);
    expect(one.reviewed).toBe('2026-01-10');
    // Absent: filled from the catalogue.
    expect(one.released).toBe('2025-04-25');
    expect(one.knowledge_cutoff).toBe('2024-10');
    expect(one.capabilities).toEqual({ vision: false, multimodal: true, reasoning: true, function_calling: true, structured_outputs: true });

    // The edit only adds lines: every original line (comments included) is still there, in order.
    const after = await readFile(path.join(dataDir, 'models/acme-one.yaml'), 'utf8');
    expect(isSubsequence(before.split('\n'), after.split('\n'))).toBe(true);
    expect(after.split('\n').length - before.split('\n').length).toBe(5);
    // New keys land in schema order, not at the end.
    expect(after.indexOf('released:')).toBeLessThan(after.indexOf('context_window:'));
    expect(after.indexOf('knowledge_cutoff:')).toBeLessThan(after.indexOf('capabilities:'));
  });

  it('keeps a route field set by hand and the provider file\'s comments', async () => {
    const before = await readFile(path.join(dataDir, 'providers/hub.yaml'), 'utf8');
    await run();
    const cat = await loadCatalogue(dataDir, TODAY);
    expect(cat.providers.get('hub')!.routes[0]!.context_limit).toBe(128000); // the catalogue says 131072
    const after = await readFile(path.join(dataDir, 'providers/hub.yaml'), 'utf8');
    expect(isSubsequence(before.split('\n'), after.split('\n'))).toBe(true);
    const acme = await readFile(path.join(dataDir, 'providers/acme-api.yaml'), 'utf8');
    expect(acme).toContain('  # Price history kept by hand: the May 2025 launch price, then the August cut.\n  - model: acme-one\n');
  });

  it('never changes a field already set, whatever the catalogue says', async () => {
    // Every fact of acme-one-0425 changed in the catalogue, price included.
    const changed = await editedCatalogue((c) => {
      Object.assign(c.acme.models['acme-one-0425'], {
        name: 'Acme One (renamed)',
        release_date: '2025-01-01',
        knowledge: '2023-01',
        reasoning: false,
        tool_call: false,
        structured_output: false,
        limit: { context: 1000, output: 100 },
        modalities: { input: ['text'], output: ['text'] },
        attachment: false,
      });
    });
    await run();
    const first = await loadCatalogue(dataDir, TODAY);
    await run({ from: changed });
    const second = await loadCatalogue(dataDir, TODAY);
    expect(second.models.get('acme-one')).toEqual(first.models.get('acme-one'));
    expect(second.providers.get('acme-api')!.routes[0]!.context_limit).toBe(131072);
  });
});

describe('dry run', () => {
  it('lists the changes and writes nothing', async () => {
    const before = await snapshot(dataDir);
    const result = await run({ dryRun: true });
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([]);
    expect(await snapshot(dataDir)).toEqual(before);
    const lines = result.plan.changes.map(describeChange);
    expect(lines).toContain('create models/acme-two.yaml (Acme Two, language, maker acme; released, context_window, knowledge_cutoff, capabilities) from acme/acme-two');
    expect(lines).toContain('fill models/acme-one.yaml released: "2025-04-25" from acme/acme-one-0425');
    expect(lines).toContain(`add route to providers/hub.yaml: acme-two (api_id acme/acme-two), price ${TODAY}: in 2.2, out 8.8, cached 0.22 USD/1M from hub/acme/acme-two`);
    expect(result.files.map((f) => f.path)).toContain('providers/new-host.yaml');
  });

  it('prints added prices and touches no file on the command line', async () => {
    const changed = await editedCatalogue((c) => {
      c.acme.models['acme-one-0425'].cost.input = 0.8;
    });
    const before = await snapshot(dataDir);
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'import.ts'), '--from', changed, '--config', CONFIG, '--dry-run', '--seen', '2026-06-01'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('add price to providers/acme-api.yaml route acme-one (acme-one-0425): 2026-06-01: in 0.8, out 4, cached 0.1 USD/1M; keeps 2025-08-01: in 1, out 4, cached 0.1 USD/1M from acme/acme-one-0425');
    expect(cli.stdout).toContain('create models/acme-two.yaml');
    expect(cli.stdout).toContain('Dry run: would write 7 files (4 new, 3 updated)');
    expect(await snapshot(dataDir)).toEqual(before);
  });
});

describe('safety', () => {
  it('refuses to import into data the loader rejects, and writes nothing', async () => {
    await writeFile(path.join(dataDir, 'models/acme-zero.yaml'), 'name: Acme Zero\nmaker: acme\nkind: language\n');
    const before = await snapshot(dataDir);
    await expect(run()).rejects.toBeInstanceOf(CatalogueError);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('writes nothing when the result would not validate, and names the problem', async () => {
    const before = await snapshot(dataDir);
    const result = await run({ seen: '2027-01-01' }); // a price date after today
    expect(result.written).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]!.message).toBe(`is in the future (today is ${TODAY})`);
    expect(result.problems[0]!.file.startsWith(dataDir)).toBe(true);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('adds no second route for a model the provider already routes under another api_id', async () => {
    const twice = await editedCatalogue((c) => {
      c.hub.models['acme/acme-one-latest'] = { ...c.hub.models['acme/acme-one-0425'], id: 'acme/acme-one-latest', cost: { input: 5, output: 5 } };
    });
    const config = path.join(work, 'config.yaml');
    await writeFile(config, (await readFile(CONFIG, 'utf8')) + '  hub/acme/acme-one-latest: acme-one\n');
    const result = await run({ from: twice, config });
    expect(result.plan.notes).toContain('hub/acme/acme-one-latest: providers/hub.yaml already has a route for "acme-one" (api_id "acme/acme-one-0425"); not added again');
    const cat = await loadCatalogue(dataDir, TODAY);
    expect(cat.providers.get('hub')!.routes.filter((r) => r.model === 'acme-one')).toHaveLength(1);
    expect(cat.providers.get('hub')!.routes[0]!.prices).toHaveLength(1);
  });
});

function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const line of big) if (j < small.length && line === small[j]) j++;
  return j === small.length;
}
