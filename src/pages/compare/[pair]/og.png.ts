/**
 * Each prerendered pair's 1200×630 sharing image, next to its page (none when
 * OG_IMAGES=off). The other pairs' are drawn on request by ../[slug]/og.png.ts.
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../../loader/index.ts';
import type { Pair } from '../../../lib/routing/pairs.ts';
import { prerenderedPairs } from '../../../lib/routing/prerendered-pairs.ts';
import { ogImagesEnabled, pairPng } from '../../../og/card-cache.ts';

export async function getStaticPaths() {
  if (!ogImagesEnabled()) return [];
  return prerenderedPairs(await getCatalogue()).map((pair) => ({
    params: { pair: pair.slug },
    props: { pair },
  }));
}

export async function GET({ props }: APIContext<{ pair: Pair }>) {
  return pairPng(await getCatalogue(), props.pair);
}
