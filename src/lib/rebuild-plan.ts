/**
 * What a rebuild renders, from the model keys of the previous build and of
 * this one (src/lib/pair-content-keys.ts). Pure: scripts/build/incremental.ts
 * reads and writes the keys beside the output.
 *
 * - A pair is rendered when either model's facet changed or is new; every
 *   other pair is the same page as before, in the same folder (its two
 *   names, and so its order, are part of the facets).
 * - A reversed-pair redirect is rendered when either name changed or is new.
 * - A model, maker or provider page is rendered when its key changed or is new.
 * - The folders of a removed model's pairs (both orders) and its page are
 *   stale, as are the pages of removed makers and providers.
 */
import type { ContentKeys, ModelKey } from './pair-content-keys.ts';
import type { RenderSelection } from './render-selection.ts';

/** The output folders that hold one folder per pair, model, maker or provider. */
export const SECTIONS = ['compare', 'models', 'makers', 'providers'] as const;

export interface RebuildPlan {
  selection: RenderSelection;
  /** Folders under compare/, models/, makers/ and providers/ of the previous output that this build no longer has. */
  stale: Record<(typeof SECTIONS)[number], string[]>;
  /** "N of M pairs rendered (…), K kept, R removed; …": what the build prints. */
  summary: string;
}

/** The keys of the previous build and of this one, as contentKeys gives them (models in canonical pair order). */
export function planRebuild(previousKeys: ContentKeys, currentKeys: ContentKeys): RebuildPlan {
  const { models: previous } = previousKeys;
  const { models: current } = currentKeys;
  const ids = [...current.keys()];
  const changed = (test: (was: ModelKey, now: ModelKey) => boolean) => new Set(ids.filter((id) => !previous.has(id) || test(previous.get(id)!, current.get(id)!)));
  const facetChanged = changed((was, now) => was.facet !== now.facet);
  const renamed = changed((was, now) => was.name !== now.name);
  const pairs = pairsOf(ids, facetChanged);
  const redirects = pairsOf(ids, renamed);
  const models = changed((was, now) => was.page !== now.page);
  const makers = changedPages(previousKeys.makers, currentKeys.makers);
  const providers = changedPages(previousKeys.providers, currentKeys.providers);

  const gone = [...previous.keys()].filter((id) => !current.has(id));
  const before = previous.size;
  const removedPairs = pairCount(before) - pairCount(before - gone.length);
  const stale = {
    compare: gone.flatMap((g) => [...previous.keys()].filter((id) => id !== g).flatMap((id) => [`${g}-vs-${id}`, `${id}-vs-${g}`])),
    models: gone,
    makers: removedPages(previousKeys.makers, currentKeys.makers),
    providers: removedPages(previousKeys.providers, currentKeys.providers),
  };
  const total = pairCount(ids.length);
  return {
    selection: { pairs, redirects, models, makers, providers },
    stale,
    summary:
      `rebuild: ${pairs.size} of ${total} pairs rendered (${redirects.size} reversed-pair redirects), ${total - pairs.size} kept, ${removedPairs} removed; ` +
      `${models.size} of ${ids.length} model pages rendered; ${makers.size} of ${currentKeys.makers.size} maker and ${providers.size} of ${currentKeys.providers.size} provider pages rendered`,
  };
}

function changedPages(previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): Set<string> {
  return new Set([...current].filter(([id, key]) => previous.get(id) !== key).map(([id]) => id));
}

function removedPages(previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string[] {
  return [...previous.keys()].filter((id) => !current.has(id));
}

/** Slugs of every pair with at least one model of `touched`, `ids` being in canonical order. */
function pairsOf(ids: string[], touched: ReadonlySet<string>): Set<string> {
  const slugs = new Set<string>();
  ids.forEach((id, i) => {
    if (!touched.has(id)) return;
    ids.forEach((other, j) => {
      if (i !== j) slugs.add(i < j ? `${id}-vs-${other}` : `${other}-vs-${id}`);
    });
  });
  return slugs;
}

function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}
