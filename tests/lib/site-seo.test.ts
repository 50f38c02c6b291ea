/** Pure parts of the search-engine work: sitemap split, breadcrumbs, the thin-pair rule, pair URLs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countCoreFacts,
  isThinPair,
  MIN_CORE_FACTS,
  pairLastmod,
} from '../../src/lib/outputs/indexing.ts';
import { breadcrumbJsonLd, trail } from '../../src/lib/pages/page-meta.ts';
import { MAX_SLUG_LENGTH, resolvePairSlug } from '../../src/lib/routing/pair-url.ts';
import { allPairs, makePair, pairPath } from '../../src/lib/routing/pairs.ts';
import {
  sitemapEntries,
  sitemapFileLastmods,
  sitemapMaxUrls,
  sitemapRanges,
  sitemapXml,
  SITEMAP_MAX_URLS,
} from '../../src/lib/outputs/sitemap.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

describe('sitemap files', () => {
  it('split any list into files of at most the limit, in order, none empty unless the list is', () => {
    fc.assert(
      fc.property(fc.nat({ max: 300 }), fc.integer({ min: 1, max: 50 }), (length, max) => {
        const ranges = sitemapRanges(length, max);
        expect(ranges.flatMap(([s, e]) => Array.from({ length: e - s }, (_, i) => s + i))).toEqual(
          Array.from({ length }, (_, i) => i),
        );
        expect(ranges.every(([s, e]) => e - s <= max && (e > s || length === 0))).toBe(true);
        expect(ranges.length).toBe(Math.max(1, Math.ceil(length / max)));
      }),
    );
  });

  it('never allow more than 50,000 URLs per file, whatever SITEMAP_MAX_URLS says', () => {
    expect(sitemapMaxUrls({})).toBe(SITEMAP_MAX_URLS);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '7' })).toBe(7);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '90000' })).toBe(50_000);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '-3' })).toBe(50_000);
    expect(sitemapRanges(100_001).map(([s, e]) => e - s)).toEqual([50_000, 50_000, 1]);
  });

  it('list every page, then every pair without a thin model in canonical order, for any slice', () => {
    // Eight models, three of them thin (no core facts), in an order unlike their names'.
    const rich = (id: string, name: string, reviewed: string) =>
      model(id, {
        name,
        reviewed,
        released: '2026-01-01',
        context_window: 8000,
        licence: { name: 'MIT' },
        knowledge_cutoff: '2025-01',
      });
    const cat = catalogue([
      rich('m-e', 'Echo', '2026-03-01'),
      model('t-x', { name: 'Xray' }),
      rich('m-a', 'alpha 10', '2026-01-05'),
      rich('m-b', 'Alpha 9', '2026-02-01'),
      model('t-c', { name: 'Charlie' }),
      rich('m-d', 'Delta', '2026-01-20'),
      model('t-z', { name: 'Zulu' }),
      rich('m-f', 'Foxtrot', '2026-01-02'),
    ]);
    const list = sitemapEntries(cat);
    const pairs = [...allPairs(cat)]
      .filter((p) => !isThinPair(cat, p))
      .map((p) => ({ path: pairPath(p), lastmod: pairLastmod(cat, p) }));
    expect(pairs).toHaveLength(10);
    const all = list.slice(0, list.length);
    expect(all.slice(0, 4).map((e) => e.path)).toEqual([
      '/',
      '/models/',
      '/makers/',
      '/providers/',
    ]);
    expect(all.slice(-10)).toEqual(pairs);
    expect(all.filter((e) => e.path.startsWith('/models/m'))).toHaveLength(5);
    fc.assert(
      fc.property(fc.nat({ max: list.length + 2 }), fc.nat({ max: list.length + 2 }), (s, e) => {
        expect(list.slice(s, e)).toEqual(all.slice(s, e));
      }),
    );
    expect(sitemapFileLastmods(list, 7)).toEqual(
      sitemapRanges(list.length, 7).map(([s, e]) =>
        all
          .slice(s, e)
          .map((x) => x.lastmod)
          .filter(Boolean)
          .sort()
          .at(-1),
      ),
    );
  });

  it('escape URLs in the XML and leave out an unknown lastmod', () => {
    const xml = sitemapXml([{ path: '/a&b/', lastmod: undefined }], 'https://x.example');
    expect(xml).toContain('<url><loc>https://x.example/a&amp;b/</loc></url>');
  });
});

describe('JSON-LD breadcrumbs', () => {
  it('cannot close their script element, whatever a name holds', () => {
    const json = breadcrumbJsonLd(
      trail({ name: '</script><b>&', path: '/x/' }),
      'https://x.example',
    );
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).itemListElement[1]).toEqual({
      '@type': 'ListItem',
      position: 2,
      name: '</script><b>&',
      item: 'https://x.example/x/',
    });
  });
});

describe('the thin-pair rule', () => {
  const rich = model('rich', {
    released: '2026-01-01',
    context_window: 128_000,
    licence: { name: 'MIT' },
    knowledge_cutoff: '2025-01',
  });
  const three = model('three', {
    released: '2026-01-01',
    context_window: 128_000,
    capabilities: { vision: true, reasoning: false, tool_use: true },
  });
  const priceOnly = model('priced', {
    released: '2026-01-01',
    context_window: 8000,
    parameters: { total_billions: 7 },
  });
  const cat = catalogue([rich, three, priceOnly], [provider('p', [priced('priced', 1, 2)])]);

  it('counts the eight core facts, a price only when an active route is priced', () => {
    expect(countCoreFacts(cat, rich)).toBe(4);
    expect(countCoreFacts(cat, three)).toBe(3);
    expect(countCoreFacts(cat, priceOnly)).toBe(4);
    expect(MIN_CORE_FACTS).toBe(4);
  });

  it('marks a pair thin when either model has fewer than four core facts', () => {
    expect(isThinPair(cat, makePair(rich, priceOnly))).toBe(false);
    expect(isThinPair(cat, makePair(rich, three))).toBe(true);
    expect(isThinPair(cat, makePair(three, priceOnly))).toBe(true);
  });
});

describe('pair URLs', () => {
  const cat = catalogue([
    model('b-model', { name: 'Beta' }),
    model('a-model', { name: 'Alpha' }),
    model('c', { name: 'Gamma' }),
  ]);

  it('name each pair at its canonical URL, and in the other order answer with that URL', () => {
    for (const pair of allPairs(cat)) {
      expect(resolvePairSlug(cat, pair.slug)).toEqual({ kind: 'pair', pair });
      expect(resolvePairSlug(cat, `${pair.b.id}-vs-${pair.a.id}`)).toEqual({
        kind: 'reversed',
        pair,
        location: `/compare/${pair.slug}/`,
      });
    }
    expect(resolvePairSlug(cat, 'b-model-vs-a-model')).toMatchObject({
      kind: 'reversed',
      location: '/compare/a-model-vs-b-model/',
    });
  });

  it('name nothing for unknown models, a model with itself, malformed and over-long slugs', () => {
    for (const slug of [
      'a-model-vs-zz',
      'a-model-vs-a-model',
      'a-model',
      'a-model-vs-',
      '-vs-c',
      'A-MODEL-vs-c',
      'a-model-vs-c/x',
      'a-model--vs-c',
      `${'a'.repeat(MAX_SLUG_LENGTH)}-vs-c`,
      '',
      undefined,
    ]) {
      expect(resolvePairSlug(cat, slug), String(slug)).toEqual({ kind: 'unknown' });
    }
  });

  it('never throw, whatever the slug', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (slug) =>
        ['pair', 'reversed', 'unknown'].includes(resolvePairSlug(cat, slug).kind),
      ),
    );
  });
});
