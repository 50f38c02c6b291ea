/**
 * Each prerendered pair's view model as JSON, next to its page:
 * /compare/<a>-vs-<b>/data.json (none when PAIR_JSON=off). The other pairs'
 * are rendered on request by ../[slug]/data.json.ts.
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../../loader/index.ts';
import { switchedOff } from '../../../lib/build-switches.ts';
import { pairJson } from '../../../lib/pair-json.ts';
import type { Pair } from '../../../lib/pairs.ts';
import { prerenderedPairs } from '../../../lib/prerendered-pairs.ts';

export async function getStaticPaths() {
  if (switchedOff('PAIR_JSON')) return [];
  return prerenderedPairs(await getCatalogue()).map((pair) => ({ params: { pair: pair.slug }, props: { pair } }));
}

export async function GET({ props }: APIContext<{ pair: Pair }>) {
  return pairJson(await getCatalogue(), props.pair);
}
