/**
 * Content keys decide which pairs a rebuild renders again (through the
 * rebuild plan), so a pair must be rendered whenever anything its pages show
 * changes. The derivations are the oracle: after each one-record change to
 * a generated catalogue, every pair whose view model, sharing card or
 * redirect changed (or that is new), and every model page that changed, must
 * be rendered, and far from all of them are.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOgCard } from '../../src/lib/og-card.ts';
import { deriveMakerPage, deriveProviderPage } from '../../src/lib/directory-pages.ts';
import { deriveModelPage } from '../../src/lib/model-page.ts';
import { contentKeys } from '../../src/lib/pair-content-keys.ts';
import { planRebuild } from '../../src/lib/rebuild-plan.ts';
import { pairsIn } from '../../src/lib/render-selection.ts';
import { reversedPairs } from '../../src/lib/redirect-page.ts';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Catalogue, Model, Provider } from '../../src/schemas/index.ts';
import { generateCatalogue } from '../../scripts/bench/catalogue.ts';

/** Everything a pair's files are made from, by slug. */
function pairOutputs(catalogue: Catalogue): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of allPairs(catalogue)) {
    out.set(pair.slug, JSON.stringify([derivePairPage(catalogue, pair), deriveOgCard(catalogue, pair)]));
  }
  return out;
}

/** Each pair's reversed-pair redirect, by slug. */
function redirectOutputs(catalogue: Catalogue): Map<string, string> {
  return new Map(Array.from(allPairs(catalogue), (pair) => [pair.slug, JSON.stringify([...reversedPairs([pair])])]));
}

type Mutation = [name: string, change: (c: Catalogue) => void];

const first = <T>(map: Map<string, T>, i = 0): T => [...map.values()][i]!;
const pricedProvider = (c: Catalogue): Provider => [...c.providers.values()].find((p) => p.routes.some((r) => r.prices?.length))!;

const MUTATIONS: Mutation[] = [
  ['model renamed (its pairs change order)', (c) => void (first(c.models, 3).name = 'Aaa Renamed')],
  ['model context window', (c) => void (first(c.models, 5).context_window = 777_000)],
  ['model capability', (c) => void (first(c.models, 2).capabilities = { ...first(c.models, 2).capabilities, vision: !first(c.models, 2).capabilities?.vision })],
  ['model release date', (c) => void (first(c.models, 7).released = '2019-01-02')],
  ['model reviewed date', (c) => void (first(c.models, 1).reviewed = '2027-01-01')],
  ['maker renamed', (c) => void (first(c.makers).name = 'Renamed Maker')],
  ['maker reviewed date', (c) => void (first(c.makers, 1).reviewed = '2027-02-02')],
  ['provider renamed', (c) => void (pricedProvider(c).name = 'Renamed Host')],
  ['route context limit', (c) => void (pricedProvider(c).routes[0]!.context_limit = 64_000)],
  ['new dated price (a cut)', (c) => {
    const route = pricedProvider(c).routes.find((r) => r.prices?.length)!;
    route.prices = [...route.prices!, { ...route.prices!.at(-1)!, seen: '2027-03-01', input: 0.001, output: 0.002 }];
  }],
  ['route deprecated', (c) => void (pricedProvider(c).routes[0]!.deprecated = true)],
  ['route removed', (c) => void pricedProvider(c).routes.splice(0, 1)],
  ['benchmark renamed', (c) => void (first(c.benchmarks).name = 'Renamed Bench')],
  ['model added', (c) => {
    const model: Model = { ...first(c.models), id: 'zz-added', name: 'Zz Added', benchmarks: undefined };
    c.models.set(model.id, model);
  }],
  ['model removed with its routes', (c) => {
    const gone = first(c.models, 4).id;
    c.models.delete(gone);
    for (const p of c.providers.values()) p.routes = p.routes.filter((r) => r.model !== gone);
  }],
];

type Pages = Record<'models' | 'makers' | 'providers', Map<string, string>>;
/** Each model, maker and provider page's view, by id. */
function pageOutputs(catalogue: Catalogue): Pages {
  const views = <T extends { id: string }>(records: Map<string, T>, derive: (c: Catalogue, r: T) => unknown) => new Map(Array.from(records.values(), (r) => [r.id, JSON.stringify(derive(catalogue, r))]));
  return { models: views(catalogue.models, deriveModelPage), makers: views(catalogue.makers, deriveMakerPage), providers: views(catalogue.providers, deriveProviderPage) };
}

describe('content keys and the rebuild plan', () => {
  let work: string;
  let base: Catalogue;
  let before: Map<string, string>;
  let redirectsBefore: Map<string, string>;
  let pagesBefore: Pages;
  let keysBefore: ReturnType<typeof contentKeys>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-keys-'));
    for (const [rel, text] of generateCatalogue({ models: 24, seed: 7 })) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    base = await loadCatalogue(work);
    before = pairOutputs(base);
    redirectsBefore = redirectOutputs(base);
    pagesBefore = pageOutputs(base);
    keysBefore = contentKeys(base);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the same for the same catalogue, differ between models, and plan nothing to render', () => {
    const again = contentKeys(structuredClone(base));
    expect(again).toEqual(keysBefore);
    expect(new Set([...again.models.values()].map((k) => k.facet)).size).toBe(again.models.size);
    const plan = planRebuild(keysBefore, again);
    expect(Object.values(plan.selection).map((set) => set.size)).toEqual([0, 0, 0, 0, 0]);
    expect(plan.summary).toBe(`rebuild: 0 of 276 pairs rendered (0 reversed-pair redirects), 276 kept, 0 removed; 0 of 24 model pages rendered; 0 of ${base.makers.size} maker and 0 of ${base.providers.size} provider pages rendered`);
  });

  it.each(MUTATIONS)('render every pair and model, maker and provider page that changed, and not the whole catalogue, after: %s', (_name, mutate) => {
    const changed = structuredClone(base);
    mutate(changed);
    const plan = planRebuild(keysBefore, contentKeys(changed));
    const after = pairOutputs(changed);
    let pagesChanged = 0;
    for (const [slug, output] of after) {
      // A page that changed (or is new) is always rendered; one that did not may be.
      if (before.get(slug) === output) continue;
      pagesChanged++;
      expect(plan.selection.pairs.has(slug), slug).toBe(true);
    }
    expect(pagesChanged).toBeGreaterThan(0);
    expect(plan.selection.pairs.size).toBeLessThan(after.size);
    // The selection names real pairs of the new catalogue, the same ones allPairs makes.
    const canonical = new Map(Array.from(allPairs(changed), (p) => [p.slug, [p.a.id, p.b.id]]));
    const selected = [...pairsIn(changed, plan.selection.pairs)];
    expect(selected).toHaveLength(plan.selection.pairs.size);
    for (const p of selected) expect([p.a.id, p.b.id], p.slug).toEqual(canonical.get(p.slug));
    for (const [kind, views] of Object.entries(pageOutputs(changed))) {
      for (const [id, view] of views) if (pagesBefore[kind as keyof Pages].get(id) !== view) expect(plan.selection[kind as keyof Pages].has(id), `${kind}/${id}`).toBe(true);
    }
  });

  it.each(MUTATIONS)('render exactly the redirects that changed after: %s', (_name, mutate) => {
    const changed = structuredClone(base);
    mutate(changed);
    const plan = planRebuild(keysBefore, contentKeys(changed));
    for (const [slug, redirect] of redirectOutputs(changed)) {
      // The redirect shows the two names and links the canonical page: it is rendered exactly when that changed.
      expect(plan.selection.redirects.has(slug), slug).toBe(redirectsBefore.get(slug) !== redirect);
    }
  });

  it('leave redirects alone when a model is edited without renaming it', () => {
    const changed = structuredClone(base);
    first(changed.models, 5).context_window = 777_000;
    const plan = planRebuild(keysBefore, contentKeys(changed));
    expect(plan.selection.pairs.size).toBe(23);
    expect(plan.selection.redirects.size).toBe(0);
  });

  it('mark every folder of a removed model stale, in both orders, and no other', () => {
    const changed = structuredClone(base);
    const gone = first(changed.models, 4).id;
    changed.models.delete(gone);
    for (const p of changed.providers.values()) p.routes = p.routes.filter((r) => r.model !== gone);
    const plan = planRebuild(keysBefore, contentKeys(changed));
    const folders = Array.from(allPairs(base), (p) => [p.slug, `${p.b.id}-vs-${p.a.id}`]).flat();
    const expected = folders.filter((f) => f.split('-vs-').includes(gone)).sort();
    expect(expected).toHaveLength(46);
    expect([...plan.stale.compare].sort()).toEqual(expected);
    expect(plan.stale.models).toEqual([gone]);
    expect(plan.summary).toMatch(/, 23 removed; /);
  });

  it('render the maker and provider pages whose view changed or that are new, and mark removed ones stale', () => {
    const keys = (makers: [string, string][], providers: [string, string][]) => ({ models: keysBefore.models, makers: new Map(makers), providers: new Map(providers) });
    const plan = planRebuild(keys([['acme', '1'], ['beta', '2']], [['host', '3']]), keys([['acme', '1'], ['beta', '2b'], ['gamma', '4']], []));
    expect([...plan.selection.makers]).toEqual(['beta', 'gamma']);
    expect([...plan.selection.providers]).toEqual([]);
    expect(plan.stale.makers).toEqual([]);
    expect(plan.stale.providers).toEqual(['host']);
  });
});
