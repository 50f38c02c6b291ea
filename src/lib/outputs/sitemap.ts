/**
 * The sitemap: every indexable page with its lastmod, split into files of
 * at most SITEMAP_MAX_URLS URLs, listed by one sitemap index.
 * Pairs with noindex (see indexing.ts) are left out.
 */
import { escape } from 'html-escaper';
import type { Catalogue } from '../../schemas/index.ts';
import { isThinModel, modelLastmod, pairLastmod } from './indexing.ts';
import { latestDate } from '../cost/model-routes.ts';
import { modelsSorted, pairPath } from '../routing/pairs.ts';

/** The protocol's limit per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** URLs per sitemap file: SITEMAP_MAX_URLS, or fewer when the SITEMAP_MAX_URLS variable says so (for tests). */
export function sitemapMaxUrls(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.SITEMAP_MAX_URLS);
  return Number.isInteger(wanted) && wanted > 0
    ? Math.min(wanted, SITEMAP_MAX_URLS)
    : SITEMAP_MAX_URLS;
}

export interface SitemapEntry {
  path: string;
  lastmod: string | undefined;
}

/**
 * The indexable pages, in sitemap order, as a list that makes its entries
 * only when a range of them is asked for: the pairs are most of the list
 * (quadratic in models: 1,999,000 at 2,000 models), and as objects they
 * would hold about 180 bytes each for the whole build. Every pair with no
 * thin model is a pair of two models of the sorted non-thin list, so entry k
 * is found by arithmetic.
 */
export interface SitemapList {
  readonly length: number;
  /** Entries `start` (inclusive) to `end` (exclusive), like Array.prototype.slice. */
  slice(start: number, end: number): SitemapEntry[];
}

const cache = new WeakMap<Catalogue, SitemapList>();

/** Every indexable page of the site, home first. */
export function sitemapEntries(catalogue: Catalogue): SitemapList {
  let list = cache.get(catalogue);
  if (list) return list;
  const pages = pageEntries(catalogue);
  const indexed = modelsSorted(catalogue).filter((m) => !isThinModel(catalogue, m));
  const n = indexed.length;
  const pairCount = (n * (n - 1)) / 2;
  const pairEntry = (i: number, j: number): SitemapEntry => {
    const [a, b] = [indexed[i]!, indexed[j]!];
    const pair = { a, b, slug: `${a.id}-vs-${b.id}` };
    return { path: pairPath(pair), lastmod: pairLastmod(catalogue, pair) };
  };
  list = {
    length: pages.length + pairCount,
    slice(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(end, this.length);
      const out = pages.slice(from, to);
      // The first pair wanted, found row by row (row i holds the pairs of model i with each later one).
      let k = Math.max(0, from - pages.length);
      let i = 0;
      while (i < n - 1 && k >= n - 1 - i) k -= n - 1 - i++;
      for (let j = i + 1 + k; out.length < to - from && i < n - 1; j = ++i + 1)
        for (; j < n && out.length < to - from; j++) out.push(pairEntry(i, j));
      return out;
    },
  };
  cache.set(catalogue, list);
  return list;
}

/** The entries of every page but the pairs. */
function pageEntries(catalogue: Catalogue): SitemapEntry[] {
  const models = [...catalogue.models.values()];
  const newest = latestDate(models.map((m) => modelLastmod(catalogue, m)));
  const entries: SitemapEntry[] = [
    { path: '/', lastmod: newest },
    { path: '/models/', lastmod: newest },
    { path: '/makers/', lastmod: newest },
    {
      path: '/providers/',
      lastmod: latestDate([...catalogue.providers.values()].map((p) => p.reviewed)),
    },
  ];
  for (const m of models)
    entries.push({ path: `/models/${m.id}/`, lastmod: modelLastmod(catalogue, m) });
  for (const maker of catalogue.makers.values()) {
    const own = models.filter((m) => m.maker === maker.id).map((m) => modelLastmod(catalogue, m));
    entries.push({ path: `/makers/${maker.id}/`, lastmod: latestDate([maker.reviewed, ...own]) });
  }
  for (const p of catalogue.providers.values()) {
    entries.push({
      path: `/providers/${p.id}/`,
      lastmod: latestDate([p.reviewed, ...p.routes.map((r) => r.prices?.at(-1)?.seen)]),
    });
  }
  return entries;
}

/** The sitemap files of a list: each file's first entry and the entry after its last. */
export function sitemapRanges(length: number, max = SITEMAP_MAX_URLS): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < length; i += max) ranges.push([i, Math.min(i + max, length)]);
  return ranges.length ? ranges : [[0, 0]];
}

export function sitemapFilePath(index: number): string {
  return `/sitemaps/${index + 1}.xml`;
}

export function sitemapXml(entries: readonly SitemapEntry[], site: URL | string): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${escape(new URL(e.path, site).href)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The lastmod of each sitemap file (the latest of its entries'), one file's entries at a time. */
export function sitemapFileLastmods(
  list: SitemapList,
  max = SITEMAP_MAX_URLS,
): (string | undefined)[] {
  return sitemapRanges(list.length, max).map(([start, end]) =>
    latestDate(list.slice(start, end).map((e) => e.lastmod)),
  );
}

/** The sitemap index: one entry per sitemap file, given each file's lastmod. */
export function sitemapIndexXml(
  lastmods: readonly (string | undefined)[],
  site: URL | string,
): string {
  const files = lastmods.map(
    (lastmod, i) =>
      `<sitemap><loc>${escape(new URL(sitemapFilePath(i), site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
}
