/**
 * The importer end to end on the fixture catalogue: how prices are taken
 * (appended as new dated prices, never edited) and how fields set by hand are
 * kept whatever the catalogue says.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { CONFIG, FIXTURES, TODAY, isSubsequence, useImportWorkspace } from './import-workspace.ts';

const ws = useImportWorkspace();

describe('prices', () => {
  it('a changed price is appended as a new dated price and the older ones are kept', async () => {
    await ws.run();
    const changed = await ws.editedCatalogue((c) => {
      c.acme.models['acme-one-0425'].cost = { input: 0.8, output: 3.2, cache_read: 0.08 };
    });
    const result = await ws.run({ from: changed, seen: '2026-06-15', today: '2026-06-15' });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toHaveLength(1);

    const cat = await loadCatalogue(ws.dataDir, '2026-06-15');
    expect(cat.providers.get('acme-api')!.routes[0]!.prices).toEqual([
      { seen: '2025-05-01', input: 1.2, output: 4.8 },
      { seen: '2025-08-01', input: 1, output: 4, cached_input: 0.1 },
      { seen: '2026-06-15', input: 0.8, output: 3.2, cached_input: 0.08 },
    ]);
    // The hand-written history keeps its own formatting (1.20, 4.80, …).
    const text = await readFile(path.join(ws.dataDir, 'providers/acme-api.yaml'), 'utf8');
    expect(text).toContain('      - seen: 2025-05-01\n        input: 1.20\n        output: 4.80\n');
    expect(text).toContain(
      '      - seen: 2026-06-15\n        input: 0.8\n        output: 3.2\n        cached_input: 0.08\n',
    );
    // Prices that did not change gained nothing.
    expect(cat.providers.get('hub')!.routes[0]!.prices).toEqual([
      { seen: '2026-01-10', input: 1.1, output: 4.4 },
    ]);
  });

  it('an unchanged price adds nothing, and a figure the catalogue leaves out is not a change', async () => {
    const dropped = await ws.editedCatalogue((c) => {
      delete c.acme.models['acme-one-0425'].cost.cache_read; // ours has cached_input 0.10; the catalogue is silent
    });
    const result = await ws.run({ from: dropped });
    expect(
      result.plan.changes.filter((c) => c.type === 'add-price' && c.model === 'acme-one'),
    ).toEqual([]);
  });

  it('does not add a price dated on or before the current one, and says why', async () => {
    const changed = await ws.editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.9, output: 3.6 };
    });
    const result = await ws.run({ from: changed, seen: '2026-01-10' });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toEqual([]);
    expect(
      result.plan.notes.some(
        (n) =>
          n.startsWith('hub/acme/acme-one-0425: price differs') &&
          n.includes('dated 2026-01-10, on or after 2026-01-10'),
      ),
    ).toBe(true);
  });

  it('keeps a time-of-day price: either rate from the catalogue is no change, any other is a note, not a flat price', async () => {
    const hub = path.join(ws.dataDir, 'providers/hub.yaml');
    const text = await readFile(hub, 'utf8');
    await writeFile(
      hub,
      text.replace(
        '        output: 4.4\n',
        '        output: 4.4\n        off_peak: { windows_utc: ["16:30-00:30"], input: 0.55, output: 2.2 }\n',
      ),
    );
    const offPeak = await ws.editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.55, output: 2.2 };
    });
    let result = await ws.run({ from: offPeak, seen: '2026-06-01' });
    expect(
      result.plan.changes.filter((c) => c.type === 'add-price' && c.provider === 'hub'),
    ).toEqual([]);
    const flat = await ws.editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.9, output: 3.6 };
    });
    result = await ws.run({ from: flat, seen: '2026-06-01' });
    expect(
      result.plan.changes.filter((c) => c.type === 'add-price' && c.provider === 'hub'),
    ).toEqual([]);
    expect(
      result.plan.notes.some(
        (n) =>
          n.startsWith('hub/acme/acme-one-0425: price differs') &&
          n.includes('which bills by time of day'),
      ),
    ).toBe(true);
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    expect(cat.providers.get('hub')!.routes[0]!.prices).toEqual([
      {
        seen: '2026-01-10',
        input: 1.1,
        output: 4.4,
        off_peak: { windows_utc: ['16:30-00:30'], input: 0.55, output: 2.2 },
      },
    ]);
  });

  it('takes no 0/0 price unless the provider entry allows zero prices', async () => {
    const free = await ws.editedCatalogue((c) => {
      c.acme.models['acme-two'].cost = { input: 0, output: 0 };
    });
    await ws.run({ from: free });
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    const route = cat.providers.get('acme-api')!.routes.find((r) => r.model === 'acme-two')!;
    expect(route.prices).toBeUndefined();

    // With zero_prices: true, the same 0/0 is a price.
    await rm(ws.dataDir, { recursive: true });
    await cp(path.join(FIXTURES, 'data'), ws.dataDir, { recursive: true });
    const config = path.join(ws.work, 'config.yaml');
    await writeFile(
      config,
      (await readFile(CONFIG, 'utf8')).replace(
        '    provider: acme-api\n',
        '    provider: acme-api\n    zero_prices: true\n',
      ),
    );
    await ws.run({ from: free, config });
    const again = await loadCatalogue(ws.dataDir, TODAY);
    expect(
      again.providers.get('acme-api')!.routes.find((r) => r.model === 'acme-two')!.prices,
    ).toEqual([{ seen: TODAY, input: 0, output: 0 }]);
  });

  it('takes routes but no prices from a provider entry with prices: false', async () => {
    const config = path.join(ws.work, 'config.yaml');
    await writeFile(
      config,
      (await readFile(CONFIG, 'utf8')).replace(
        '    provider: hub\n',
        '    provider: hub\n    prices: false\n',
      ),
    );
    const changed = await ws.editedCatalogue((c) => {
      c.hub.models['acme/acme-one-0425'].cost = { input: 0.5, output: 2 };
    });
    const result = await ws.run({ from: changed, config });
    expect(result.plan.changes.filter((c) => c.type === 'add-price')).toEqual([]);
    const hub = (await loadCatalogue(ws.dataDir, TODAY)).providers.get('hub')!;
    expect(hub.routes[0]!.prices).toEqual([{ seen: '2026-01-10', input: 1.1, output: 4.4 }]);
    expect(hub.routes[1]).toEqual({
      model: 'acme-two',
      api_id: 'acme/acme-two',
      context_limit: 262144,
      source: 'https://hub.example.com/models/acme/acme-two',
    });
  });
});

describe('hand-curated fields', () => {
  it('fills only absent fields of a model we have and never overwrites one', async () => {
    const before = await readFile(path.join(ws.dataDir, 'models/acme-one.yaml'), 'utf8');
    await ws.run();
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    const one = cat.models.get('acme-one')!;
    // Set by hand, different from the catalogue: kept.
    expect(one.context_window).toBe(200000); // the catalogue says 131072
    expect(one.capabilities!.vision).toBe(false); // the catalogue has image input
    expect(one.licence).toEqual({
      name: 'Acme Community Licence',
      url: 'https://acme.example.com/licence',
    });
    expect(one.openness).toBe('open-weights');
    expect(one.decision_fit).toEqual(['rag', 'agents']);
    expect(one.sources).toEqual(['https://acme.example.com/models/acme-one']);
    expect(one.reviewed).toBe('2026-01-10');
    // Absent: filled from the catalogue.
    expect(one.released).toBe('2025-04-25');
    expect(one.knowledge_cutoff).toBe('2024-10');
    expect(one.capabilities).toEqual({
      vision: false,
      multimodal: true,
      reasoning: true,
      function_calling: true,
      structured_outputs: true,
    });

    // The edit only adds lines: every original line (comments included) is still there, in order.
    const after = await readFile(path.join(ws.dataDir, 'models/acme-one.yaml'), 'utf8');
    expect(isSubsequence(before.split('\n'), after.split('\n'))).toBe(true);
    expect(after.split('\n').length - before.split('\n').length).toBe(5);
    // New keys land in schema order, not at the end.
    expect(after.indexOf('released:')).toBeLessThan(after.indexOf('context_window:'));
    expect(after.indexOf('knowledge_cutoff:')).toBeLessThan(after.indexOf('capabilities:'));
  });

  it("keeps a route field set by hand and the provider file's comments", async () => {
    const before = await readFile(path.join(ws.dataDir, 'providers/hub.yaml'), 'utf8');
    await ws.run();
    const cat = await loadCatalogue(ws.dataDir, TODAY);
    expect(cat.providers.get('hub')!.routes[0]!.context_limit).toBe(128000); // the catalogue says 131072
    const after = await readFile(path.join(ws.dataDir, 'providers/hub.yaml'), 'utf8');
    expect(isSubsequence(before.split('\n'), after.split('\n'))).toBe(true);
    const acme = await readFile(path.join(ws.dataDir, 'providers/acme-api.yaml'), 'utf8');
    expect(acme).toContain(
      '  # Price history kept by hand: the May 2025 launch price, then the August cut.\n  - model: acme-one\n',
    );
  });

  it('never changes a field already set, whatever the catalogue says', async () => {
    // Every fact of acme-one-0425 changed in the catalogue, price included.
    const changed = await ws.editedCatalogue((c) => {
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
    await ws.run();
    const first = await loadCatalogue(ws.dataDir, TODAY);
    await ws.run({ from: changed });
    const second = await loadCatalogue(ws.dataDir, TODAY);
    expect(second.models.get('acme-one')).toEqual(first.models.get('acme-one'));
    expect(second.providers.get('acme-api')!.routes[0]!.context_limit).toBe(131072);
  });
});
