/**
 * Each prerendered pair's view model as JSON, next to its page:
 * /compare/<a>-vs-<b>/data.json (none when PAIR_JSON=off). The other pairs'
 * are rendered on request by ../[slug]/data.json.ts.
 */
import type { APIContext } from 'astro';
import { getCatalogue } from '../../../loader/index.ts';
import { switchedOff } from '../../../lib/outputs/build-switches.ts';
import { pairJson } from '../../../lib/outputs/pair-json.ts';
import type { Pair } from '../../../lib/routing/pairs.ts';
import { prerenderedPairs } from '../../../lib/routing/prerendered-pairs.ts';

export async function getStaticPaths() {
  if (switchedOff('PAIR_JSON')) return [];
  return prerenderedPairs(await getCatalogue()).map((pair) => ({
    params: { pair: pair.slug },
    props: { pair },
  }));
}

export async function GET({ props }: APIContext<{ pair: Pair }>) {
  return pairJson(await getCatalogue(), props.pair);
}
