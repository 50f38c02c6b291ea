/** The sitemap index: one entry per sitemap file of at most 50,000 URLs (SITEMAP_MAX_URLS lowers it, for tests). */
import type { APIContext } from 'astro';
import { getCatalogue } from '../loader/index.ts';
import {
  sitemapEntries,
  sitemapFileLastmods,
  sitemapIndexXml,
  sitemapMaxUrls,
} from '../lib/outputs/sitemap.ts';

export async function GET({ site }: APIContext) {
  const lastmods = sitemapFileLastmods(sitemapEntries(await getCatalogue()), sitemapMaxUrls());
  return new Response(sitemapIndexXml(lastmods, site!), {
    headers: { 'Content-Type': 'application/xml' },
  });
}
