/** A pair's data.json: its whole view model (derivePairPage), as the page shows it. */
import type { Catalogue } from '../../schemas/index.ts';
import { derivePairPage } from '../pair/pair-page.ts';
import type { Pair } from '../routing/pairs.ts';

export function pairJson(catalogue: Catalogue, pair: Pair): Response {
  return new Response(JSON.stringify(derivePairPage(catalogue, pair)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
