/** The home page view: every model, with a few of its most relevant pairs. */
import type { Catalogue } from '../schemas/index.ts';
import { formatTokens, NOT_SOURCED } from './format.ts';
import { KIND_NOUNS } from './labels.ts';
import { makerName } from './model-routes.ts';
import { modelsSorted } from './pairs.ts';
import { relatedModels, type RelatedLink } from './related-pairs.ts';

export interface HomeModelView {
  id: string;
  name: string;
  maker: string;
  kind: string;
  context: string;
  pairs: RelatedLink[];
}

export function deriveHomePage(catalogue: Catalogue): { models: HomeModelView[]; pairCount: number } {
  const models = modelsSorted(catalogue);
  return {
    pairCount: (models.length * (models.length - 1)) / 2,
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      maker: makerName(catalogue, m),
      kind: KIND_NOUNS[m.kind],
      context: m.context_window !== undefined ? formatTokens(m.context_window) : NOT_SOURCED,
      pairs: relatedModels(catalogue, m, 4),
    })),
  };
}
