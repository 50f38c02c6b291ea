/** Head metadata of a pair page and its links to the two model pages. */
import type { Catalogue } from '../../schemas/index.ts';
import { isThinPair } from '../outputs/indexing.ts';
import type { IntroView } from './intro.ts';
import { modelPath } from '../pages/model-page.ts';
import { trail, type PageMeta } from '../pages/page-meta.ts';
import { pairPath, type Pair } from '../routing/pairs.ts';

export interface PairMeta extends PageMeta {
  /** Links to both model pages, a first. */
  models: [{ name: string; href: string }, { name: string; href: string }];
}

/** Where a pair's sharing image and view-model JSON live: next to its page. */
export const ogImagePath = (pair: Pair) => `${pairPath(pair)}og.png`;
export const pairJsonPath = (pair: Pair) => `${pairPath(pair)}data.json`;

export function derivePairMeta(catalogue: Catalogue, pair: Pair, intro: IntroView): PairMeta {
  const path = pairPath(pair);
  return {
    title: intro.title,
    description: intro.description,
    path,
    breadcrumbs: trail({ name: intro.heading, path }),
    noindex: isThinPair(catalogue, pair),
    image: ogImagePath(pair),
    type: 'article',
    models: [
      { name: pair.a.name, href: modelPath(pair.a.id) },
      { name: pair.b.name, href: modelPath(pair.b.id) },
    ],
  };
}
