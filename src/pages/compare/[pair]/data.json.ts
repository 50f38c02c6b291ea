/**
 * Each pair's view model as JSON, next to its page: /compare/<a>-vs-<b>/data.json
 * (none when PAIR_JSON=off). Serves the dev server: npm run build switches this
 * endpoint off and writes the same files from a worker (scripts/build/pair-json.ts).
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../../loader/index.ts';
import { switchedOff } from '../../../lib/build-switches.ts';
import { derivePairPage } from '../../../lib/pair-page.ts';
import type { Pair } from '../../../lib/pairs.ts';
import { selectedPairs } from '../../../lib/render-selection.ts';

export async function getStaticPaths() {
  if (switchedOff('PAIR_JSON')) return [];
  const catalogue = await getCatalogue();
  return Array.from(selectedPairs(catalogue), (pair) => ({ params: { pair: pair.slug }, props: { pair } }));
}

export async function GET({ props }: APIContext<{ pair: Pair }>) {
  return new Response(JSON.stringify(derivePairPage(await getCatalogue(), props.pair)), { headers: { 'Content-Type': 'application/json' } });
}
