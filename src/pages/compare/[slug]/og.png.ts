/** The sharing image of every pair not prerendered, drawn on request (as ../[pair]/og.png.ts draws the others). */
import type { APIContext } from 'astro';
import { ogImagesEnabled, pairPng } from '../../../og/card-cache.ts';
import { pairRequest } from '../../../server/pair-request.ts';

export const prerender = false;

export async function GET(context: APIContext) {
  if (!ogImagesEnabled()) return new Response(null, { status: 404 });
  const found = await pairRequest(context, 'png');
  return found instanceof Response ? found : pairPng(found.catalogue, found.pair);
}
