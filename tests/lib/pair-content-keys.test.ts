/**
 * Content keys decide which pairs a rebuild renders again, so a key must
 * change whenever anything a pair's pages show changes. The derivations are
 * the oracle: after each one-record change to a generated catalogue, every
 * pair whose view model, sharing card or redirect changed (or that is new)
 * must have a new key, and a pair nothing touched keeps its key.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOgCard } from '../../src/lib/og-card.ts';
import { pairContentKeys } from '../../src/lib/pair-content-keys.ts';
import { reversedPairs } from '../../src/lib/redirect-page.ts';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import { loadCatalogue } from '../../src/loader/index.ts';
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

describe('pair content keys', () => {
  let work: string;
  let base: Catalogue;
  let before: Map<string, string>;
  let redirectsBefore: Map<string, string>;
  let keysBefore: ReturnType<typeof pairContentKeys>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-keys-'));
    for (const [rel, text] of generateCatalogue({ models: 24, seed: 7 })) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    base = await loadCatalogue(work);
    before = pairOutputs(base);
    redirectsBefore = redirectOutputs(base);
    keysBefore = pairContentKeys(base);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the same for the same catalogue, and differ between pairs', () => {
    const again = pairContentKeys(structuredClone(base));
    expect([...again]).toEqual([...keysBefore]);
    expect(new Set([...again.values()].map((k) => k.key)).size).toBe(again.size);
  });

  it.each(MUTATIONS)('change every key whose pages changed after: %s', (_name, mutate) => {
    const changed = structuredClone(base);
    mutate(changed);
    const after = pairOutputs(changed);
    const keysAfter = pairContentKeys(changed);
    let pagesChanged = 0;
    for (const [slug, output] of after) {
      const stillTheSame = before.get(slug) === output;
      if (!stillTheSame) pagesChanged++;
      // A page that changed always gets a new key; one that did not may keep it.
      if (!stillTheSame) expect(keysAfter.get(slug)!.key, slug).not.toBe(keysBefore.get(slug)?.key);
    }
    expect(pagesChanged).toBeGreaterThan(0);
    // Only what the change reaches is rendered again, not the whole catalogue.
    const rerendered = [...keysAfter].filter(([slug, k]) => keysBefore.get(slug)?.key !== k.key).length;
    expect(rerendered).toBeLessThan(keysAfter.size);
  });

  it.each(MUTATIONS)('change every redirect key whose redirect changed, and only those, after: %s', (_name, mutate) => {
    const changed = structuredClone(base);
    mutate(changed);
    const keysAfter = pairContentKeys(changed);
    for (const [slug, redirect] of redirectOutputs(changed)) {
      // The redirect shows the two names and links the canonical page: its key follows exactly that.
      expect(keysAfter.get(slug)!.redirect === keysBefore.get(slug)?.redirect, slug).toBe(redirectsBefore.get(slug) === redirect);
    }
  });

  it('leave redirects alone when a model is edited without renaming it', () => {
    const changed = structuredClone(base);
    first(changed.models, 5).context_window = 777_000;
    const keysAfter = pairContentKeys(changed);
    const pagesRendered = [...keysAfter].filter(([slug, k]) => keysBefore.get(slug)!.key !== k.key).length;
    const redirectsRendered = [...keysAfter].filter(([slug, k]) => keysBefore.get(slug)!.redirect !== k.redirect).length;
    expect(pagesRendered).toBeGreaterThan(0);
    expect(redirectsRendered).toBe(0);
  });
});
