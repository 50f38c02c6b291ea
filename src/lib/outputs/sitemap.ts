/**
 * The sitemap: every indexable page with its lastmod, split into files of
 * at most SITEMAP_MAX_URLS URLs, listed by one sitemap index.
 * Pairs with noindex (see indexing.ts) are left out.
 */
import { escape } from 'html-escaper';
import type { Catalogue } from '../../schemas/index.ts';
import { isThinPair, modelLastmod, pairLastmod } from './indexing.ts';
import { latestDate } from '../cost/model-routes.ts';
import { allPairs, pairPath } from '../routing/pairs.ts';

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

const cache = new WeakMap<Catalogue, SitemapEntry[]>();

/** Every indexable page of the site, home first. */
export function sitemapEntries(catalogue: Catalogue): SitemapEntry[] {
  let entries = cache.get(catalogue);
  if (entries) return entries;
  const models = [...catalogue.models.values()];
  const newest = latestDate(models.map((m) => modelLastmod(catalogue, m)));
  entries = [
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
  for (const pair of allPairs(catalogue)) {
    if (!isThinPair(catalogue, pair))
      entries.push({ path: pairPath(pair), lastmod: pairLastmod(catalogue, pair) });
  }
  cache.set(catalogue, entries);
  return entries;
}

/** The entries split into sitemap files of at most `max` URLs. */
export function sitemapChunks<T>(entries: readonly T[], max = SITEMAP_MAX_URLS): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += max) chunks.push(entries.slice(i, i + max));
  return chunks.length ? chunks : [[]];
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

export function sitemapIndexXml(
  chunks: readonly (readonly SitemapEntry[])[],
  site: URL | string,
): string {
  const files = chunks.map((chunk, i) => {
    const lastmod = latestDate(chunk.map((e) => e.lastmod));
    return `<sitemap><loc>${escape(new URL(sitemapFilePath(i), site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
}
