/** The data.json of every pair not prerendered, rendered on request (as ../[pair]/data.json.ts renders the others). */
import type { APIContext } from 'astro';
import { switchedOff } from '../../../lib/outputs/build-switches.ts';
import { pairJson } from '../../../lib/outputs/pair-json.ts';
import { pairRequest } from '../../../server/pair-request.ts';

export const prerender = false;

export async function GET(context: APIContext) {
  if (switchedOff('PAIR_JSON')) return new Response(null, { status: 404 });
  const found = await pairRequest(context, 'json');
  return found instanceof Response ? found : pairJson(found.catalogue, found.pair);
}
