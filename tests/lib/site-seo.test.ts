/** Pure parts of the search-engine work: sitemap split, breadcrumbs, the thin-pair rule, reversed pairs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCoreFacts, isThinPair, MIN_CORE_FACTS } from '../../src/lib/indexing.ts';
import { breadcrumbJsonLd, trail } from '../../src/lib/page-meta.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/content-security-policy.ts';
import { redirectPageHtml, reversedPairs } from '../../src/lib/redirect-page.ts';
import * as cheerio from 'cheerio';
import { allPairs, makePair } from '../../src/lib/pairs.ts';
import { sitemapChunks, sitemapMaxUrls, sitemapXml, SITEMAP_MAX_URLS } from '../../src/lib/sitemap.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

describe('sitemap files', () => {
  it('split any list into files of at most the limit, in order, none empty unless the list is', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (entries, max) => {
        const chunks = sitemapChunks(entries, max);
        expect(chunks.flat()).toEqual(entries);
        expect(chunks.every((c) => c.length <= max)).toBe(true);
        expect(chunks.length).toBe(Math.max(1, Math.ceil(entries.length / max)));
      }),
    );
  });

  it('never allow more than 50,000 URLs per file, whatever SITEMAP_MAX_URLS says', () => {
    expect(sitemapMaxUrls({})).toBe(SITEMAP_MAX_URLS);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '7' })).toBe(7);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '90000' })).toBe(50_000);
    expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '-3' })).toBe(50_000);
    expect(sitemapChunks(Array.from({ length: 100_001 }, (_, i) => i)).map((c) => c.length)).toEqual([50_000, 50_000, 1]);
  });

  it('escape URLs in the XML and leave out an unknown lastmod', () => {
    const xml = sitemapXml([{ path: '/a&b/', lastmod: undefined }], 'https://x.example');
    expect(xml).toContain('<url><loc>https://x.example/a&amp;b/</loc></url>');
  });
});

describe('JSON-LD breadcrumbs', () => {
  it('cannot close their script element, whatever a name holds', () => {
    const json = breadcrumbJsonLd(trail({ name: '</script><b>&', path: '/x/' }), 'https://x.example');
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).itemListElement[1]).toEqual({ '@type': 'ListItem', position: 2, name: '</script><b>&', item: 'https://x.example/x/' });
  });
});

describe('the thin-pair rule', () => {
  const rich = model('rich', { released: '2026-01-01', context_window: 128_000, licence: { name: 'MIT' }, knowledge_cutoff: '2025-01' });
  const three = model('three', { released: '2026-01-01', context_window: 128_000, capabilities: { vision: true, reasoning: false, tool_use: true } });
  const priceOnly = model('priced', { released: '2026-01-01', context_window: 8000, parameters: { total_billions: 7 } });
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

describe('reversed pair URLs', () => {
  it('name every pair once in the other order, pointing at the canonical page', () => {
    const cat = catalogue([model('b-model', { name: 'Beta' }), model('a-model', { name: 'Alpha' }), model('c', { name: 'Gamma' })]);
    const reversed = [...reversedPairs(allPairs(cat))];
    expect(reversed.map((r) => [r.slug, r.target])).toEqual([
      ['b-model-vs-a-model', '/compare/a-model-vs-b-model/'],
      ['c-vs-a-model', '/compare/a-model-vs-c/'],
      ['c-vs-b-model', '/compare/b-model-vs-c/'],
    ]);
  });

  it('make a redirect page with the canonical link on the given site, noindex, and the names escaped', () => {
    const cat = catalogue([model('b-model', { name: 'Beta <b>"bold"</b>' }), model('a-model', { name: "Alpha & Sons' 1" })]);
    const [redirect] = [...reversedPairs(allPairs(cat))];
    const html = redirectPageHtml(redirect!, 'https://example.org/base/');
    const $ = cheerio.load(html);
    expect($('title').text()).toBe(`Alpha & Sons' 1 vs Beta <b>"bold"</b> | llm-compare`);
    expect($('p a').text()).toBe(`Alpha & Sons' 1 vs Beta <b>"bold"</b>`);
    expect($('b')).toHaveLength(0);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://example.org/compare/a-model-vs-b-model/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/compare/a-model-vs-b-model/');
    expect($('p a').attr('href')).toBe('/compare/a-model-vs-b-model/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    // Written into the attribute as it is: it must hold nothing that needs escaping there.
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["&<>]/);
  });
});
