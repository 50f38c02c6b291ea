/**
 * The home page view: the model picker's options, popular pairs, newest
 * models, and every model with a few of its most relevant pairs (the index
 * that works without JavaScript).
 *
 * "Popular" pairs: there is no traffic data, so popular means widely served:
 * the most relevant pair (see related-pairs.ts) of each of the POPULAR_COUNT
 * models with the most active provider routes (ties: newer first).
 */
import type { Catalogue, Model } from '../../schemas/index.ts';
import { formatDate, formatTokens, NOT_SOURCED, plural } from '../format/format.ts';
import { KIND_NOUNS } from '../format/labels.ts';
import {
  benchmarkColumns,
  leaderboardFields,
  leaderboardFilters,
  type BenchmarkColumn,
  type LeaderboardFields,
} from './leaderboard.ts';
import { makerName, routeIndex } from '../cost/model-routes.ts';
import { modelPath } from './model-page.ts';
import { trail, type PageMeta } from './page-meta.ts';
import { modelsSorted } from '../routing/pairs.ts';
import { relatedModels, type RelatedLink } from '../pair/related-pairs.ts';
import { deriveWorkloadLeaders, type WorkloadLeaders } from '../verdict/workload-leaders.ts';

export interface HomeModelView {
  id: string;
  name: string;
  href: string;
  maker: string;
  kind: string;
  context: string;
  pairs: RelatedLink[];
  /** The leaderboard's sortable and filterable figures. */
  fields: LeaderboardFields;
}

/** A picker option. The list is in canonical pair order: of two options, the earlier one comes first in the pair's URL. */
export interface PickerOption {
  id: string;
  name: string;
  maker: string;
}

export interface HomePageView {
  meta: PageMeta;
  models: HomeModelView[];
  /** "272 models and 36,856 comparisons". */
  counts: string;
  picker: PickerOption[];
  popular: RelatedLink[];
  newest: { name: string; href: string; released: string; maker: string }[];
  /** The leaderboard's benchmark columns and filter choices. */
  benchmarks: BenchmarkColumn[];
  filters: { makers: string[]; kinds: { id: string; label: string }[] };
  leaders: WorkloadLeaders[];
}

export const POPULAR_COUNT = 8;
export const NEWEST_COUNT = 8;

export function pickerOptions(catalogue: Catalogue): PickerOption[] {
  return modelsSorted(catalogue).map((m) => ({
    id: m.id,
    name: m.name,
    maker: makerName(catalogue, m),
  }));
}

export function derivePopularPairs(catalogue: Catalogue, count = POPULAR_COUNT): RelatedLink[] {
  const index = routeIndex(catalogue);
  const served = modelsSorted(catalogue)
    .map((m) => ({ m, routes: index.active(m.id).length }))
    .filter((x) => x.routes > 0)
    .sort((x, y) => y.routes - x.routes || (y.m.released ?? '').localeCompare(x.m.released ?? ''));
  const seen = new Set<string>();
  const popular: RelatedLink[] = [];
  for (const { m } of served) {
    const link = relatedModels(catalogue, m, 1)[0];
    if (link && !seen.has(link.href)) {
      seen.add(link.href);
      popular.push(link);
    }
    if (popular.length === count) break;
  }
  return popular;
}

export function deriveHomePage(catalogue: Catalogue): HomePageView {
  const models = modelsSorted(catalogue);
  const columns = benchmarkColumns(catalogue);
  const newest = models
    .filter((m): m is Model & { released: string } => m.released !== undefined)
    .sort((x, y) => y.released.localeCompare(x.released))
    .slice(0, NEWEST_COUNT);
  return {
    meta: {
      title: 'llm-compare: compare LLM models side by side',
      description: `Side-by-side comparisons of ${models.length} LLM models: specs, prices per provider, monthly cost, capabilities and benchmarks, every figure sourced.`,
      path: '/',
      breadcrumbs: trail(),
      type: 'website',
    },
    counts: `${plural(models.length, 'model')} and ${plural((models.length * (models.length - 1)) / 2, 'comparison')}`,
    picker: pickerOptions(catalogue),
    popular: derivePopularPairs(catalogue),
    newest: newest.map((m) => ({
      name: m.name,
      href: modelPath(m.id),
      released: formatDate(m.released),
      maker: makerName(catalogue, m),
    })),
    benchmarks: columns,
    filters: leaderboardFilters(catalogue),
    leaders: deriveWorkloadLeaders(catalogue),
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      href: modelPath(m.id),
      maker: makerName(catalogue, m),
      kind: KIND_NOUNS[m.kind],
      context: m.context_window !== undefined ? formatTokens(m.context_window) : NOT_SOURCED,
      pairs: relatedModels(catalogue, m, 4),
      fields: leaderboardFields(catalogue, m, columns),
    })),
  };
}
