/**
 * The importer end to end on a small fixture catalogue (tests/import/fixtures):
 * a copy of the fixture data directory per test, the real runImport (which
 * plans, applies, validates with the loader and writes), then assertions on
 * the records as the loader reads them back and on the files' bytes. Prices
 * and hand-curated fields are in import-prices.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { CatalogueError } from '../../src/loader/problem.ts';
import { describeChange } from '../../src/import/describe.ts';
import {
  CATALOGUE,
  CONFIG,
  ROOT,
  TODAY,
  snapshot,
  useImportWorkspace,
} from './import-workspace.ts';

const ws = useImportWorkspace();

describe('first import on the fixture', () => {
  it('creates the mapped models that are missing, with the facts the catalogue has', async () => {
    const result = await ws.run();
    expect(result.written).toBe(true);
    expect(result.problems).toEqual([]);
    const cat = await loadCatalogue(ws.dataDir, TODAY);

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
    expect(
      result.plan.notes.some(
        (n) => n.includes('globex/globex-chat') && n.includes('no maker mapped'),
      ),
    ).toBe(true);
  });

  it('adds routes with their dated prices, tiers and deprecation', async () => {
    const result = await ws.run();
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    const acme = cat.providers.get('acme-api')!;
    expect(acme.routes.map((r) => r.model)).toEqual([
      'acme-one',
      'acme-zero',
      'acme-two',
      'acme-embed',
      'acme-old',
    ]);

    expect(acme.routes[2]).toEqual({
      model: 'acme-two',
      api_id: 'acme-two',
      context_limit: 262144,
      source: 'https://acme.example.com/pricing',
      prices: [
        {
          seen: TODAY,
          input: 2,
          output: 8,
          tiers: [{ above_tokens: 200000, input: 4, output: 16 }],
        },
      ],
    });
    // An embedding's 0 output price is left out (input-only model).
    expect(acme.routes[3]!.prices).toEqual([{ seen: TODAY, input: 0.05 }]);
    // status "deprecated" → deprecated: true, on a new route and on an existing one matched by api_id.
    expect(acme.routes[4]!.deprecated).toBe(true);
    expect(acme.routes[1]).toMatchObject({
      model: 'acme-zero',
      api_id: 'acme-zero-1',
      deprecated: true,
    });

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
    expect(result.plan.notes).toContain(
      'hub: 2 catalogue routes map to model "acme-old" (acme/acme-old-x, acme/acme-old-y); none taken: map the one you want as "hub/<route-id>" in the config',
    );
  });

  it('creates a provider from the config only when it gets routes', async () => {
    const result = await ws.run();
    const cat = await loadCatalogue(ws.dataDir, TODAY);
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
    const result = await ws.run();
    expect(result.files.map((f) => `${f.created ? 'new' : 'updated'} ${f.path}`)).toEqual([
      'new models/acme-embed.yaml',
      'new models/acme-old.yaml',
      'updated models/acme-one.yaml',
      'new models/acme-two.yaml',
      'updated providers/acme-api.yaml',
      'updated providers/hub.yaml',
      'new providers/new-host.yaml',
    ]);
    const { problems } = await loadCatalogueWithProblems(ws.dataDir, TODAY);
    expect(problems).toEqual([]);
  });
});

describe('idempotence', () => {
  it('a second run on the same input changes nothing, byte for byte, and says so', async () => {
    const first = await ws.run();
    expect(first.plan.changes.length).toBeGreaterThan(0);
    const after = await snapshot(ws.dataDir);

    const second = await ws.run();
    expect(second.plan.changes).toEqual([]);
    expect(second.files).toEqual([]);
    expect(second.written).toBe(false);
    expect(await snapshot(ws.dataDir)).toEqual(after);

    // The command line says so too.
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'import.ts'), '--from', CATALOGUE, '--config', CONFIG],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: ws.dataDir },
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`No changes: ${ws.dataDir} already matches the catalogue.`);
    expect(cli.stdout).not.toMatch(/^\s*(create|add|set|fill) /m);
    expect(await snapshot(ws.dataDir)).toEqual(after);
  });
});

describe('dry run', () => {
  it('lists the changes and writes nothing', async () => {
    const before = await snapshot(ws.dataDir);
    const result = await ws.run({ dryRun: true });
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([]);
    expect(await snapshot(ws.dataDir)).toEqual(before);
    const lines = result.plan.changes.map(describeChange);
    expect(lines).toContain(
      'create models/acme-two.yaml (Acme Two, language, maker acme; released, context_window, knowledge_cutoff, capabilities) from acme/acme-two',
    );
    expect(lines).toContain(
      'fill models/acme-one.yaml released: "2025-04-25" from acme/acme-one-0425',
    );
    expect(lines).toContain(
      `add route to providers/hub.yaml: acme-two (api_id acme/acme-two), price ${TODAY}: in 2.2, out 8.8, cached 0.22 USD/1M from hub/acme/acme-two`,
    );
    expect(result.files.map((f) => f.path)).toContain('providers/new-host.yaml');
  });

  it('prints added prices and touches no file on the command line', async () => {
    const changed = await ws.editedCatalogue((c) => {
      c.acme.models['acme-one-0425'].cost.input = 0.8;
    });
    const before = await snapshot(ws.dataDir);
    const cli = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'scripts', 'import.ts'),
        '--from',
        changed,
        '--config',
        CONFIG,
        '--dry-run',
        '--seen',
        '2026-06-01',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: ws.dataDir },
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(
      'add price to providers/acme-api.yaml route acme-one (acme-one-0425): 2026-06-01: in 0.8, out 4, cached 0.1 USD/1M; keeps 2025-08-01: in 1, out 4, cached 0.1 USD/1M from acme/acme-one-0425',
    );
    expect(cli.stdout).toContain('create models/acme-two.yaml');
    expect(cli.stdout).toContain('Dry run: would write 7 files (4 new, 3 updated)');
    expect(await snapshot(ws.dataDir)).toEqual(before);
  });
});

describe('safety', () => {
  it('refuses to import into data the loader rejects, and writes nothing', async () => {
    await writeFile(
      path.join(ws.dataDir, 'models/acme-zero.yaml'),
      'name: Acme Zero\nmaker: acme\nkind: language\n',
    );
    const before = await snapshot(ws.dataDir);
    await expect(ws.run()).rejects.toBeInstanceOf(CatalogueError);
    expect(await snapshot(ws.dataDir)).toEqual(before);
  });

  it('writes nothing when the result would not validate, and names the problem', async () => {
    const before = await snapshot(ws.dataDir);
    const result = await ws.run({ seen: '2027-01-01' }); // a price date after today
    expect(result.written).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]!.message).toBe(`is in the future (today is ${TODAY})`);
    expect(result.problems[0]!.file.startsWith(ws.dataDir)).toBe(true);
    expect(await snapshot(ws.dataDir)).toEqual(before);
  });

  it('adds no second route for a model the provider already routes under another api_id', async () => {
    const twice = await ws.editedCatalogue((c) => {
      c.hub.models['acme/acme-one-latest'] = {
        ...c.hub.models['acme/acme-one-0425'],
        id: 'acme/acme-one-latest',
        cost: { input: 5, output: 5 },
      };
    });
    const config = path.join(ws.work, 'config.yaml');
    await writeFile(
      config,
      (await readFile(CONFIG, 'utf8')) + '  hub/acme/acme-one-latest: acme-one\n',
    );
    const result = await ws.run({ from: twice, config });
    expect(result.plan.notes).toContain(
      'hub/acme/acme-one-latest: providers/hub.yaml already has a route for "acme-one" (api_id "acme/acme-one-0425"); not added again',
    );
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    expect(cat.providers.get('hub')!.routes.filter((r) => r.model === 'acme-one')).toHaveLength(1);
    expect(cat.providers.get('hub')!.routes[0]!.prices).toHaveLength(1);
  });
});
