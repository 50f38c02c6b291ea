/**
 * Each pair's 1200×630 sharing image, next to its page. Drawn only when the
 * card's content hash is not in the cache (src/og/card-cache.ts); none are
 * written when OG_IMAGES=off.
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../../loader/index.ts';
import { deriveOgCard } from '../../../lib/og-card.ts';
import type { Pair } from '../../../lib/pairs.ts';
import { selectedPairs } from '../../../lib/render-selection.ts';
import { cardPng, ogImagesEnabled } from '../../../og/card-cache.ts';

export async function getStaticPaths() {
  if (!ogImagesEnabled()) return [];
  const catalogue = await getCatalogue();
  return Array.from(selectedPairs(catalogue), (pair) => ({ params: { pair: pair.slug }, props: { pair } }));
}

export async function GET({ props }: APIContext<{ pair: Pair }>) {
  const png = await cardPng(deriveOgCard(await getCatalogue(), props.pair));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
