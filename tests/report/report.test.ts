/** The data report on a small fixture catalogue with a fixed "today". */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { formatReport } from '../../src/report/format.ts';
import { computeReport, daysBetween, REPORTED_FIELDS } from '../../src/report/report.ts';
import { CAPABILITIES } from '../../src/schemas/model.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'data');
const TODAY = '2026-06-01';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temp copy of the fixture data directory. */
async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'llm-compare-report-test-'));
  temps.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('computeReport', () => {
  it('counts models, makers, providers, routes and benchmarks', async () => {
    const r = computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY);
    expect(r.counts).toEqual({
      models: 4,
      makers: 2,
      providers: 2,
      routes: 5,
      deprecatedRoutes: 1,
      pricedRoutes: 3,
      benchmarks: 1,
    });
    // m1 (p1) and m3 (p2) have a priced route; m2's only priced route is deprecated; m4 has none.
    expect(r.pricedModels).toEqual({ count: 2, share: 0.5 });
  });

  it('gives, per model field and per capability, the share of models that have it', async () => {
    const r = computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY);
    const byField = Object.fromEntries(r.fields.map((f) => [f.field, [f.count, f.share]]));
    expect(byField).toEqual({
      released: [2, 0.5], // m1, m3
      context_window: [2, 0.5], // m1, m2
      parameters: [0, 0],
      architecture: [0, 0],
      licence: [1, 0.25], // m1
      openness: [0, 0],
      commercial_use: [0, 0],
      knowledge_cutoff: [0, 0],
      'capabilities.vision': [2, 0.5], // m1 true, m2 false: both sourced
      'capabilities.multimodal': [0, 0],
      'capabilities.reasoning': [1, 0.25], // m1 false
      'capabilities.function_calling': [0, 0],
      'capabilities.tool_use': [0, 0],
      'capabilities.structured_outputs': [0, 0],
      'capabilities.code_execution': [0, 0],
      'capabilities.ide_integration': [0, 0],
      'capabilities.computer_use': [0, 0],
      'capabilities.parallel_agents': [0, 0],
      best_for: [0, 0], // m1 has an empty list: not sourced
      decision_fit: [0, 0],
      benchmarks: [0, 0],
    });
    // Every optional field of the schema, in schema order; required ones are not listed.
    expect(REPORTED_FIELDS).toEqual(r.fields.map((f) => f.field));
    expect(REPORTED_FIELDS.filter((f) => f.startsWith('capabilities.'))).toEqual(
      CAPABILITIES.map((c) => `capabilities.${c}`),
    );
    expect(REPORTED_FIELDS).not.toContain('name');
  });

  it('lists records not reviewed for 180 days: never reviewed first, then oldest first', async () => {
    const r = computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY);
    expect(r.stale).toEqual([
      { kind: 'maker', id: 'beta' },
      { kind: 'provider', id: 'p2', reviewed: '2024-12-01', days: 547 },
      { kind: 'maker', id: 'alpha', reviewed: '2025-01-01', days: 516 },
      { kind: 'model', id: 'm2', reviewed: '2025-12-03', days: 180 },
    ]);
  });

  it('takes today as a parameter: 179 days is not stale, and time moves records in', async () => {
    const cat = await loadCatalogue(FIXTURE, TODAY);
    expect(computeReport(cat, '2026-05-31').stale.map((s) => s.id)).toEqual([
      'beta',
      'p2',
      'alpha',
    ]);
    // m3 was reviewed 2025-12-04: 180 days later it is stale.
    expect(computeReport(cat, '2026-06-02').stale.map((s) => s.id)).toEqual([
      'beta',
      'p2',
      'alpha',
      'm2',
      'm3',
    ]);
    expect(computeReport(cat, '2026-06-01', 30).stale.map((s) => s.id)).toEqual([
      'beta',
      'p2',
      'alpha',
      'm2',
      'm3',
      'm4',
      'm1',
      'p1',
    ]);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('lists routes without a price and models without a priced route', async () => {
    const r = computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY);
    expect(r.routesWithoutPrice).toEqual([
      { provider: 'p1', index: 2, model: 'm3', api_id: 'm3-embed', deprecated: false },
      { provider: 'p2', index: 0, model: 'm2', api_id: 'alpha/m2', deprecated: false }, // prices: []
    ]);
    expect(r.modelsWithoutPricedRoute).toEqual(['m2', 'm4']);
  });

  it('counts a priced route once it is no longer deprecated', async () => {
    const dir = await copyFixture();
    const file = path.join(dir, 'providers', 'p1.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    deprecated: true\n', ''));
    const r = computeReport(await loadCatalogue(dir, TODAY), TODAY);
    expect(r.modelsWithoutPricedRoute).toEqual(['m4']);
    expect(r.pricedModels).toEqual({ count: 3, share: 0.75 });
    expect(r.counts.deprecatedRoutes).toBe(0);
  });

  it('reports an empty catalogue without dividing by zero', () => {
    const r = computeReport(
      { makers: new Map(), models: new Map(), providers: new Map(), benchmarks: new Map() },
      TODAY,
    );
    expect(r.pricedModels).toEqual({ count: 0, share: 0 });
    expect(r.fields.every((f) => f.count === 0 && f.share === 0)).toBe(true);
  });
});

describe('printing', () => {
  it('prints counts, percentages and the lists', async () => {
    const text = formatReport(computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY));
    const lines = text.split('\n');
    expect(lines).toContain('  models      4');
    expect(lines).toContain('  routes      5 (3 priced, 1 deprecated)');
    expect(lines).toContain(
      '  models with a priced route (deprecated routes not counted): 2 of 4 (50.0%)',
    );
    expect(lines.find((l) => l.trimStart().startsWith('licence '))).toMatch(
      /^ {2}licence +25\.0% {2}\(1\/4\)$/,
    );
    expect(lines).toContain('Not reviewed for 180 days or more: 4');
    expect(lines.find((l) => l.includes(' beta '))).toMatch(/maker +beta +never reviewed/);
    expect(lines).toContain('  p2 routes[0] m2 (alpha/m2)');
    expect(lines).toContain('Models without any priced route (deprecated routes not counted): 2');
  });

  it('npm run data:report prints the report for DATA_DIR, and --json the report object', async () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'data-report.ts'), ...args], {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: FIXTURE },
        encoding: 'utf8',
      });
    const text = run(['--today', TODAY]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Data report for ${FIXTURE} (today ${TODAY})`);
    expect(text.stdout).toContain('  capabilities.vision ');
    const json = run(['--today', TODAY, '--json']);
    expect(JSON.parse(json.stdout)).toEqual(
      computeReport(await loadCatalogue(FIXTURE, TODAY), TODAY, undefined, TODAY),
    );
    expect(JSON.parse(json.stdout).currency.asOfFrom).toBe('today');
    // The report leads with currency.
    expect(text.stdout.split('\n')[2]).toBe(`Currency (as of ${TODAY}, the given --today)`);
  });

  it('exits 1 and names the problem when the data does not load', async () => {
    const dir = await copyFixture();
    await writeFile(
      path.join(dir, 'models', 'm4.yaml'),
      'name: Model Four\nmaker: nobody\nkind: language\nsources: [https://x.example.com]\nreviewed: 2026-01-01\n',
    );
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'data-report.ts'), '--today', TODAY],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/m4\.yaml:2:\d+ maker: no maker "nobody"/);
  });
});
