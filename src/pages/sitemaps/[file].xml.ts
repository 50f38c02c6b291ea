/**
 * Sitemap files: /sitemaps/1.xml, /sitemaps/2.xml, … each at most 50,000 URLs.
 * Each file's entries are made when that file is written, not held for the whole build.
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../loader/index.ts';
import {
  sitemapEntries,
  sitemapMaxUrls,
  sitemapRanges,
  sitemapXml,
} from '../../lib/outputs/sitemap.ts';

export async function getStaticPaths() {
  const ranges = sitemapRanges(sitemapEntries(await getCatalogue()).length, sitemapMaxUrls());
  return ranges.map(([start, end], i) => ({
    params: { file: String(i + 1) },
    props: { start, end },
  }));
}

export async function GET({ props, site }: APIContext<{ start: number; end: number }>) {
  const entries = sitemapEntries(await getCatalogue()).slice(props.start, props.end);
  return new Response(sitemapXml(entries, site!), {
    headers: { 'Content-Type': 'application/xml' },
  });
}
