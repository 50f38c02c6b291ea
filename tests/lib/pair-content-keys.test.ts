/**
 * A pair's ETag (from its two models' facet keys) tells shared caches whether
 * their copy is still good, so it must change whenever anything the pair's
 * pages show changes. The derivations are the oracle: after each one-record
 * change to a generated catalogue, every pair whose view model or sharing
 * card changed (or that is new) has a new ETag, and far from all pairs do.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveOgCard } from '../../src/lib/outputs/og-card.ts';
import { modelFacets, modelTag, pairEtag } from '../../src/lib/routing/pair-content-keys.ts';
import { derivePairPage } from '../../src/lib/pair/pair-page.ts';
import { allPairs } from '../../src/lib/routing/pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Catalogue, Model, Provider } from '../../src/schemas/index.ts';
import type { Pair } from '../../src/lib/routing/pairs.ts';
import { generateCatalogue } from '../../scripts/bench/catalogue.ts';

/** Everything a pair's files are made from, by slug. */
function pairOutputs(catalogue: Catalogue): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of allPairs(catalogue)) {
    out.set(
      pair.slug,
      JSON.stringify([derivePairPage(catalogue, pair), deriveOgCard(catalogue, pair)]),
    );
  }
  return out;
}

type Mutation = [name: string, change: (c: Catalogue) => void];

const first = <T>(map: Map<string, T>, i = 0): T => [...map.values()][i]!;
const pricedProvider = (c: Catalogue): Provider =>
  [...c.providers.values()].find((p) => p.routes.some((r) => r.prices?.length))!;

const MUTATIONS: Mutation[] = [
  ['model renamed (its pairs change order)', (c) => void (first(c.models, 3).name = 'Aaa Renamed')],
  ['model context window', (c) => void (first(c.models, 5).context_window = 777_000)],
  [
    'model capability',
    (c) =>
      void (first(c.models, 2).capabilities = {
        ...first(c.models, 2).capabilities,
        vision: !first(c.models, 2).capabilities?.vision,
      }),
  ],
  ['model release date', (c) => void (first(c.models, 7).released = '2019-01-02')],
  ['model reviewed date', (c) => void (first(c.models, 1).reviewed = '2027-01-01')],
  ['maker renamed', (c) => void (first(c.makers).name = 'Renamed Maker')],
  ['maker reviewed date', (c) => void (first(c.makers, 1).reviewed = '2027-02-02')],
  ['provider renamed', (c) => void (pricedProvider(c).name = 'Renamed Host')],
  ['route context limit', (c) => void (pricedProvider(c).routes[0]!.context_limit = 64_000)],
  [
    'new dated price (a cut)',
    (c) => {
      const route = pricedProvider(c).routes.find((r) => r.prices?.length)!;
      route.prices = [
        ...route.prices!,
        { ...route.prices!.at(-1)!, seen: '2027-03-01', input: 0.001, output: 0.002 },
      ];
    },
  ],
  ['route deprecated', (c) => void (pricedProvider(c).routes[0]!.deprecated = true)],
  ['route removed', (c) => void pricedProvider(c).routes.splice(0, 1)],
  ['benchmark renamed', (c) => void (first(c.benchmarks).name = 'Renamed Bench')],
  [
    'model added',
    (c) => {
      const model: Model = {
        ...first(c.models),
        id: 'zz-added',
        name: 'Zz Added',
        benchmarks: undefined,
      };
      c.models.set(model.id, model);
    },
  ],
  [
    'model removed with its routes',
    (c) => {
      const gone = first(c.models, 4).id;
      c.models.delete(gone);
      for (const p of c.providers.values()) p.routes = p.routes.filter((r) => r.model !== gone);
    },
  ],
];

/** Every pair's ETag, by slug. */
function etags(catalogue: Catalogue, code = 'code'): Map<string, string> {
  const facets = modelFacets(catalogue);
  return new Map(
    Array.from(allPairs(catalogue), (pair: Pair) => [
      pair.slug,
      pairEtag(code, facets, pair, 'html'),
    ]),
  );
}

describe('pair ETags', () => {
  let work: string;
  let base: Catalogue;
  let before: Map<string, string>;
  let etagsBefore: Map<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-keys-'));
    for (const [rel, text] of generateCatalogue({ models: 24, seed: 7 })) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    base = await loadCatalogue(work);
    before = pairOutputs(base);
    etagsBefore = etags(base);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the same for the same catalogue and code, differ between pairs, and all change with the code', () => {
    expect(etags(structuredClone(base))).toEqual(etagsBefore);
    expect(new Set(etagsBefore.values()).size).toBe(etagsBefore.size);
    const other = etags(base, 'other code');
    for (const [slug, etag] of other) expect(etag, slug).not.toBe(etagsBefore.get(slug));
  });

  it('differ between a page and its data.json and sharing image, and are strong, quoted ETags', () => {
    const facets = modelFacets(base);
    const pair = allPairs(base).next().value!;
    const kinds = ['html', 'json', 'png'].map((kind) => pairEtag('code', facets, pair, kind));
    expect(new Set(kinds).size).toBe(3);
    for (const etag of kinds) expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it.each(MUTATIONS)(
    'change for every pair whose pages changed, and not for the whole catalogue, after: %s',
    (_name, mutate) => {
      const changed = structuredClone(base);
      mutate(changed);
      const after = pairOutputs(changed);
      const etagsAfter = etags(changed);
      let pagesChanged = 0;
      for (const [slug, output] of after) {
        // A page that changed (or is new) always gets a new ETag; one that did not may too.
        if (before.get(slug) === output) continue;
        pagesChanged++;
        expect(etagsAfter.get(slug), slug).not.toBe(etagsBefore.get(slug));
      }
      expect(pagesChanged).toBeGreaterThan(0);
      const stale = [...etagsAfter].filter(([slug, etag]) => etagsBefore.get(slug) !== etag).length;
      expect(stale).toBeLessThan(etagsAfter.size);
    },
  );

  it('change only for the pairs of the edited model when its own facts change', () => {
    const changed = structuredClone(base);
    const edited = first(changed.models, 5);
    edited.context_window = 777_000;
    const etagsAfter = etags(changed);
    const stale = [...etagsAfter]
      .filter(([slug, etag]) => etagsBefore.get(slug) !== etag)
      .map(([slug]) => slug);
    expect(stale.length).toBeGreaterThanOrEqual(23);
    for (const slug of stale) expect(slug.split('-vs-'), slug).toContain(edited.id);
    expect(modelTag(edited.id)).toBe(`model:${edited.id}`);
  });
});
