/** /feed.xml: the Atom feed of new models, price changes and benchmark scores (src/lib/outputs/feed.ts). */
import type { APIContext } from 'astro';
import { deriveFeed, renderAtom } from '../lib/outputs/feed.ts';
import { getCatalogue } from '../loader/index.ts';

export const prerender = true;

export async function GET({ site }: APIContext) {
  return new Response(renderAtom(deriveFeed(await getCatalogue(), site!)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
