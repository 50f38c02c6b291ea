/** Sitemap files: /sitemaps/1.xml, /sitemaps/2.xml, … each at most 50,000 URLs. */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../loader/index.ts';
import {
  sitemapChunks,
  sitemapEntries,
  sitemapMaxUrls,
  sitemapXml,
  type SitemapEntry,
} from '../../lib/outputs/sitemap.ts';

export async function getStaticPaths() {
  const chunks = sitemapChunks(sitemapEntries(await getCatalogue()), sitemapMaxUrls());
  return chunks.map((entries, i) => ({ params: { file: String(i + 1) }, props: { entries } }));
}

export function GET({ props, site }: APIContext<{ entries: SitemapEntry[] }>) {
  return new Response(sitemapXml(props.entries, site!), {
    headers: { 'Content-Type': 'application/xml' },
  });
}
