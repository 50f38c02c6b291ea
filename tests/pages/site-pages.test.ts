/** Built model, maker, provider, home and pair pages of the site fixture: metadata, noindex, links, downloads, sitemap, feed. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidAtom } from '../support/atom.ts';
import { fold, readPage } from '../support/html.ts';
import { deriveFeed, renderAtom } from '../../src/lib/outputs/feed.ts';
import { derivePairPage } from '../../src/lib/pair/pair-page.ts';
import { allPairs } from '../../src/lib/routing/pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import {
  buildFixtureSite,
  FIXTURE_SITEMAP_MAX,
  SITE_FIXTURE,
  THIN_PAIRS,
  type FixtureSite,
} from './site-fixture.ts';

let site: FixtureSite;
beforeAll(() => void (site = buildFixtureSite()));
afterAll(() => site?.cleanup());

/** Every built HTML page, as site path → cheerio. */
function pages() {
  const out: { path: string; $: ReturnType<typeof load> }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const $ = load(readFileSync(file, 'utf8'));
        if ($('meta[http-equiv="refresh"]').length) continue;
        const rel = path.relative(site.dist, file).split(path.sep).join('/');
        out.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, $ });
      }
    }
  };
  walk(site.dist);
  return out;
}

describe('head metadata on every page', () => {
  it('gives each page a unique title and description, a canonical link to itself, Open Graph and Twitter tags', () => {
    const all = pages();
    expect(all.length).toBe(1 + 3 + 6 + 3 + 2 + 2 + 15); // home, three index pages, models, makers, providers, 404 and 500, pairs
    const titles = all.map((p) => p.$('head > title').text());
    const descriptions = all.map((p) => p.$('meta[name="description"]').attr('content'));
    expect(new Set(titles).size).toBe(all.length);
    expect(new Set(descriptions).size).toBe(all.length);
    for (const { path: p, $ } of all) {
      expect($('meta[name="description"]').attr('content')!.length, p).toBeLessThanOrEqual(160);
      expect(new URL($('link[rel="canonical"]').attr('href')!).pathname, p).toBe(p);
      expect($('meta[property="og:url"]').attr('content')).toBe(
        $('link[rel="canonical"]').attr('href'),
      );
      expect($('meta[property="og:title"]').attr('content')).toBe($('head > title').text());
      expect($('meta[name="twitter:card"]').attr('content')).toMatch(/^summary(_large_image)?$/);
    }
  });

  it('carries JSON-LD breadcrumbs from the home page to the page itself', () => {
    for (const { path: p, $ } of pages()) {
      const ld = JSON.parse($('script[type="application/ld+json"]').text());
      expect(ld['@type']).toBe('BreadcrumbList');
      const items = ld.itemListElement as { position: number; name: string; item: string }[];
      expect(new URL(items[0]!.item).pathname).toBe('/');
      expect(new URL(items.at(-1)!.item).pathname, p).toBe(p);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    }
    const model = readPage(site.dist, '/models/alpha-pro/');
    const names = JSON.parse(
      model('script[type="application/ld+json"]').text(),
    ).itemListElement.map((i: { name: string }) => i.name);
    expect(names).toEqual(['Home', 'Models', 'Alpha Pro']);
  });

  it('marks exactly the pairs with a thin model noindex; pair pages name their 1200×630 image', () => {
    for (const { path: p, $ } of pages().filter((x) => x.path.startsWith('/compare/'))) {
      const slug = p.split('/')[2]!;
      expect($('meta[name="robots"]').attr('content') === 'noindex, follow', slug).toBe(
        THIN_PAIRS.includes(slug),
      );
      expect($('meta[property="og:image"]').attr('content')).toBe(
        `https://llm-compare.example${p}og.png`,
      );
      expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    }
  });
});

describe('pages around the pairs', () => {
  it('links a pair page to both model pages, and to adding a third model', () => {
    const $ = readPage(site.dist, '/compare/alpha-pro-vs-beta-one/');
    const links = $('.model-links a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(links.slice(0, 2)).toEqual(['/models/alpha-pro/', '/models/beta-one/']);
    expect(links[2]).toMatch(/^\/compare\/\?models=alpha-pro(,|%2C)beta-one/);
  });

  it('shows every route of a model with its current price, deprecated ones marked, and its pairs in groups', () => {
    const $ = readPage(site.dist, '/models/alpha-classic/');
    const rows = $('section[aria-labelledby="routes"] tbody tr')
      .toArray()
      .map((tr) =>
        $(tr)
          .children()
          .toArray()
          .map((c) => fold($(c).text())),
      );
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Acme API (deprecated)', '$3', '$12'],
      ['Host X', '$2.50', '$10'],
    ]);
    const pro = readPage(site.dist, '/models/alpha-pro/');
    const priceRow = pro('section[aria-labelledby="routes"] tbody tr').first();
    expect(fold(priceRow.text())).not.toContain('Earlier prices'); // the price history section holds them
    const history = pro('section[aria-labelledby="price-history"]');
    expect(fold(history.find('caption').text())).toBe(
      'Acme API: dated prices in USD per 1M tokens, newest first.',
    );
    expect(
      history
        .find('tbody tr')
        .toArray()
        .map((tr) =>
          pro(tr)
            .children()
            .toArray()
            .map((c) => fold(pro(c).text())),
        ),
    ).toEqual([
      ['2026-05-03', '$1.50', 'Not sourced', '$8', 'Price cut'],
      ['2026-01-10', '$2', 'Not sourced', '$10', 'First seen'],
    ]);
    expect(fold($('section[aria-labelledby="price-history"]').text())).toContain(
      'No price change is recorded',
    );
    const groups = Object.fromEntries(
      pro('section[aria-labelledby="compare"] nav')
        .toArray()
        .map((n) => [
          fold(pro(n).find('h3').text()),
          pro(n)
            .find('a')
            .toArray()
            .map((a) => pro(a).attr('href')),
        ]),
    );
    expect(groups['Other models by Acme Labs']).toEqual([
      '/compare/alpha-mini-vs-alpha-pro/',
      '/compare/alpha-classic-vs-alpha-pro/',
    ]);
    // Alpha Pro costs $3,100 a month at the stated traffic; Beta One $2,400 (within 2×); same-maker models are not rivals.
    expect(groups['Rivals at a similar price (within 2×, other makers)']).toEqual([
      '/compare/alpha-pro-vs-beta-one/',
    ]);
    expect(groups['Newest models of the same kind']![0]).toBe('/compare/alpha-pro-vs-gamma-thin/');
  });

  it("lists a maker's models and a provider's routes, linked", () => {
    const maker = readPage(site.dist, '/makers/beta/');
    expect(maker('h1').text()).toBe('Beta & Co');
    expect(
      maker('section[aria-labelledby="models"] tbody th a')
        .toArray()
        .map((a) => maker(a).attr('href')),
    ).toEqual(['/models/beta-embed/', '/models/beta-one/']);
    const host = readPage(site.dist, '/providers/host-x/');
    const models = host('tbody th a')
      .toArray()
      .map((a) => host(a).text());
    expect(models).toEqual([
      'Alpha Classic',
      'Alpha Mini',
      'Alpha Pro',
      'Beta Embed',
      'Beta One',
      'Gamma Thin',
    ]);
  });

  it('shows a model\'s markdown notes rendered and escaped, under "Notes", and no such section without notes', () => {
    const $ = readPage(site.dist, '/models/beta-one/');
    const notes = $('section[aria-labelledby="notes"]');
    expect(notes.find('h2#notes').text()).toBe('Notes');
    expect(notes.find('p').first().html()).toBe(
      'Beta One is <em>fast</em> &amp; cheap: "good enough" for <strong>chat</strong>.',
    );
    expect(
      notes
        .find('li')
        .toArray()
        .map((li) => fold($(li).text())),
    ).toEqual(['latency < 200 ms on short prompts', 'see the Beta & Co docs']);
    expect(notes.find('li code').text()).toBe('short prompts');
    const link = notes.find('a');
    expect([link.attr('href'), link.attr('rel')]).toEqual([
      'https://example.com/beta-one/docs?lang=en&v=2',
      'noopener noreferrer',
    ]);
    const raw = readFileSync(path.join(site.dist, 'models/beta-one/index.html'), 'utf8');
    expect(raw).toContain('latency &lt; 200 ms');
    expect(raw).toContain('href="https://example.com/beta-one/docs?lang=en&amp;v=2"');
    expect(
      readPage(site.dist, '/models/alpha-pro/')('section[aria-labelledby="notes"]').length,
    ).toBe(0);
  });

  it('offers the picker with every model in canonical pair order, popular pairs and newest models on the home page', () => {
    const $ = readPage(site.dist, '/');
    const options = JSON.parse($('#picker-options').text()) as { id: string }[];
    expect(options.map((o) => o.id)).toEqual([
      'alpha-classic',
      'alpha-mini',
      'alpha-pro',
      'beta-embed',
      'beta-one',
      'gamma-thin',
    ]);
    expect($('form[data-picker]').attr('hidden')).toBeDefined();
    expect(
      $('section[aria-labelledby="newest"] a')
        .toArray()
        .map((a) => $(a).text())
        .slice(0, 2),
    ).toEqual(['Gamma Thin', 'Alpha Pro']);
    // Alpha Pro and Alpha Mini have two active routes each, the most widely served; Alpha Pro is newer, so its best pair comes first.
    const popular = $('section[aria-labelledby="popular"] a')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(popular[0]).toMatch(/^\/compare\/([a-z-]+-vs-alpha-pro|alpha-pro-vs-[a-z-]+)\/$/);
    expect(new Set(popular).size).toBe(popular.length);
    expect(popular.length).toBeGreaterThanOrEqual(2);
  });
});

describe('downloads', () => {
  it('publishes the catalogue as JSON and CSV, and each pair view model next to its page', () => {
    const models = JSON.parse(
      readFileSync(path.join(site.dist, 'data/models.json'), 'utf8'),
    ).models;
    expect(models.map((m: { id: string }) => m.id)).toEqual([
      'alpha-classic',
      'alpha-mini',
      'alpha-pro',
      'beta-embed',
      'beta-one',
      'gamma-thin',
    ]);
    const providers = JSON.parse(
      readFileSync(path.join(site.dist, 'data/providers.json'), 'utf8'),
    ).providers;
    expect(
      providers.find((p: { id: string }) => p.id === 'acme-api').routes[0].prices,
    ).toHaveLength(2);
    const csv = readFileSync(path.join(site.dist, 'data/models.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(7);
    expect(csv.find((l) => l.startsWith('beta-one,'))).toMatch(
      /^beta-one,Beta One,Beta & Co,language,2026-01-10,256000,70,,,Apache 2.0,/,
    );
    const routes = readFileSync(path.join(site.dist, 'data/routes.csv'), 'utf8').trim().split('\n');
    expect(routes).toHaveLength(10);
    expect(routes).toContain(
      'acme-api,Acme API,alpha-pro,Alpha Pro,alpha-pro-2603,,false,2026-05-03,1.5,8,,,,,,,,,,,https://api.acme.example.com/pricing',
    );
    const view = JSON.parse(
      readFileSync(path.join(site.dist, 'compare/alpha-pro-vs-beta-one/data.json'), 'utf8'),
    );
    expect(view.path).toBe('/compare/alpha-pro-vs-beta-one/');
    expect(view.intro.heading).toBe(
      fold(readPage(site.dist, '/compare/alpha-pro-vs-beta-one/')('h1').text()),
    );
  });

  it("writes every pair's data.json (by the build's worker) as exactly the view model its page shows", async () => {
    const catalogue = await loadCatalogue(SITE_FIXTURE);
    const slugs = Array.from(allPairs(catalogue), (p) => p.slug);
    const written = readdirSync(path.join(site.dist, 'compare')).filter((d) =>
      existsSync(path.join(site.dist, 'compare', d, 'data.json')),
    );
    expect(written.sort()).toEqual([...slugs].sort());
    for (const pair of allPairs(catalogue)) {
      expect(readFileSync(path.join(site.dist, 'compare', pair.slug, 'data.json'), 'utf8')).toBe(
        JSON.stringify(derivePairPage(catalogue, pair)),
      );
    }
  });
});

describe('pair folders', () => {
  it('exist for every pair at its canonical URL only: reversed URLs are answered by the server with a 301', async () => {
    const catalogue = await loadCatalogue(SITE_FIXTURE);
    const folders = readdirSync(path.join(site.dist, 'compare'));
    expect(folders.sort()).toEqual(Array.from(allPairs(catalogue), (p) => p.slug).sort());
    for (const pair of allPairs(catalogue)) {
      for (const file of ['index.html', 'data.json', 'og.png'])
        expect(
          existsSync(path.join(site.dist, 'compare', pair.slug, file)),
          `${pair.slug}/${file}`,
        ).toBe(true);
    }
  });
});

describe('robots.txt and sitemaps', () => {
  const read = (p: string) => readFileSync(path.join(site.dist, p), 'utf8');
  const locs = (xml: string, tag: string) =>
    [
      ...xml.matchAll(new RegExp(`<${tag}><loc>([^<]+)</loc>(?:<lastmod>([^<]+)</lastmod>)?`, 'g')),
    ].map((m) => ({ loc: m[1]!, lastmod: m[2] }));

  it('points robots.txt at the sitemap index, whose files list every indexable page once with its lastmod', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://llm-compare.example/sitemap-index.xml');
    const files = locs(read('sitemap-index.xml'), 'sitemap');
    expect(files.map((f) => f.loc)).toEqual(
      [1, 2, 3, 4].map((n) => `https://llm-compare.example/sitemaps/${n}.xml`),
    );
    const urls = files.flatMap((f) => {
      const entries = locs(read(new URL(f.loc).pathname), 'url');
      expect(entries.length).toBeLessThanOrEqual(FIXTURE_SITEMAP_MAX);
      return entries;
    });
    const indexable = pages()
      .filter((p) => !p.$('meta[name="robots"]').length)
      .map((p) => `https://llm-compare.example${p.path}`);
    expect(urls.map((u) => u.loc).sort()).toEqual(indexable.sort());
    // The pair's lastmod is its latest review or price date: Alpha Pro's price seen 2026-05-03.
    expect(urls.find((u) => u.loc.endsWith('/compare/alpha-pro-vs-beta-one/'))!.lastmod).toBe(
      '2026-05-03',
    );
    expect(urls.find((u) => u.loc.endsWith('/compare/beta-embed-vs-beta-one/'))!.lastmod).toBe(
      '2026-04-10',
    );
  });
});

describe('the Atom feed', () => {
  it('is built at /feed.xml as valid Atom, the same entries as derived from the data, and linked from the home and model pages only', async () => {
    const xml = readFileSync(path.join(site.dist, 'feed.xml'), 'utf8');
    const feed = expectValidAtom(xml);
    const expected = deriveFeed(
      await loadCatalogue(SITE_FIXTURE),
      new URL('https://llm-compare.example'),
    );
    expect(xml).toBe(renderAtom(expected));
    expect(feed.entry.length).toBe(expected.entries.length);
    expect(feed.entry.length).toBeGreaterThan(0);
    expect(new Set(expected.entries.map((e) => e.kind))).toEqual(
      new Set(['model', 'price', 'score']),
    );
    for (const p of ['/', '/models/alpha-pro/']) {
      const $ = readPage(site.dist, p);
      expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href'), p).toBe(
        '/feed.xml',
      );
      expect($('main a[href="/feed.xml"]').text(), p).toContain('Atom feed');
    }
    expect(
      readPage(site.dist, '/compare/alpha-pro-vs-beta-one/')('link[type="application/atom+xml"]')
        .length,
    ).toBe(0);
  });
});
