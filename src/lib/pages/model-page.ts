/**
 * A model page: every fact with the sources it comes from, every route with
 * its current price and its price history, capabilities, benchmarks, and its
 * pairs in groups.
 * Specs, capabilities and benchmarks use the pair sections' own derivations
 * (the model set against itself), so a figure reads the same on both pages.
 */
import type { Catalogue, Model } from '../../schemas/index.ts';
import { deriveBenchmarks, type BenchmarkRowView } from '../pair/benchmarks-section.ts';
import { derivePriceHistory, type PriceHistoryView } from '../cost/cost-price-history.ts';
import { formatDate, formatList, formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import { modelLastmod } from '../outputs/indexing.ts';
import { DECISION_FIT_LABELS, KIND_NOUNS } from '../format/labels.ts';
import { renderMarkdown } from '../format/markdown.ts';
import { makerName, routeIndex, type ModelRoute } from '../cost/model-routes.ts';
import { derivePairGroups, type PairGroup } from './model-pair-groups.ts';
import { clipText, trail, type PageMeta } from './page-meta.ts';
import { priceTerms } from '../cost/price-terms.ts';
import { derivePairFacts } from '../pair/pair-facts.ts';
import { deriveCapabilityRows, deriveSpecs } from '../pair/spec-tables.ts';

export interface FactRow {
  label: string;
  value: string;
}

export interface RouteRow {
  provider: string;
  providerHref: string;
  apiId: string;
  context: string;
  input: string;
  output: string;
  cachedInput: string;
  /** Long-context tiers and off-peak windows with their prices, one line each; empty when none. */
  terms: string[];
  /** "$1.50 input, $7.50 output", or "Not sourced". */
  batch: string;
  /** "$3.75 (5-minute cache), $6 (1-hour cache)", or "Not sourced". */
  cacheWrite: string;
  seen: string;
  /** Earlier dated prices, oldest first, e.g. "2025-01-02: $1 in / $4 out". */
  history: string[];
  deprecated: boolean;
  source: string;
}

export interface ModelPageView {
  meta: PageMeta;
  name: string;
  maker: { name: string; href: string };
  summary: string;
  facts: FactRow[];
  sources: string[];
  routes: RouteRow[];
  /** Every route with more than one dated price, each change marked. */
  priceHistory: PriceHistoryView;
  capabilities: { label: string; hint: string; value: 'yes' | 'no' | 'unknown' }[];
  benchmarks: BenchmarkRowView[];
  pairGroups: PairGroup[];
  /** The record's editorial notes rendered from markdown (safe HTML), or undefined when it has none. */
  notesHtml: string | undefined;
}

export function modelPath(id: string): string {
  return `/models/${id}/`;
}

export function deriveModelPage(catalogue: Catalogue, m: Model): ModelPageView {
  const solo = derivePairFacts(catalogue, { a: m, b: m, slug: m.id });
  const maker = makerName(catalogue, m);
  const routes = routeIndex(catalogue).all(m.id);
  const active = routes.filter((r) => !r.deprecated).length;
  const noun = KIND_NOUNS[m.kind];
  const context =
    m.context_window !== undefined ? `, ${formatTokens(m.context_window)}-token context` : '';
  const facts: FactRow[] = [
    { label: 'Maker', value: maker },
    { label: 'Kind', value: noun[0]!.toUpperCase() + noun.slice(1) },
    ...deriveSpecs(solo).map((r) => ({ label: r.label, value: r.a })),
    { label: 'Best for', value: m.best_for?.length ? formatList(m.best_for) : NOT_SOURCED },
    {
      label: 'Decision fit',
      value: m.decision_fit?.length
        ? formatList(m.decision_fit.map((d) => DECISION_FIT_LABELS[d]))
        : NOT_SOURCED,
    },
    { label: 'Last reviewed', value: formatDate(m.reviewed) },
  ];
  return {
    meta: {
      title: `${m.name} (${maker}): specs, prices per provider, capabilities | llm-compare`,
      description: clipText(
        `${m.name} by ${maker}: ${noun}${context}. Sourced specs, current prices on ${active} provider route${active === 1 ? '' : 's'}, capabilities, benchmarks and comparisons.`,
        160,
      ),
      path: modelPath(m.id),
      breadcrumbs: trail(
        { name: 'Models', path: '/models/' },
        { name: m.name, path: modelPath(m.id) },
      ),
      type: 'article',
    },
    name: m.name,
    maker: { name: maker, href: `/makers/${m.maker}/` },
    summary: `${m.name} is a ${noun} by ${maker}, served on ${active} active provider route${active === 1 ? '' : 's'} tracked here. Last changed ${modelLastmod(catalogue, m) ?? m.reviewed}.`,
    facts,
    sources: m.sources,
    // The Price history section shows earlier prices, so route rows carry only the current one.
    routes: routes.map((r) => ({ ...routeRow(r), history: [] })),
    priceHistory: derivePriceHistory(routes),
    capabilities: deriveCapabilityRows(solo).map((r) => ({
      label: r.label,
      hint: r.hint,
      value: r.a,
    })),
    benchmarks: deriveBenchmarks(solo).rows,
    pairGroups: derivePairGroups(catalogue, m),
    notesHtml: m.notes === undefined ? undefined : renderMarkdown(m.notes),
  };
}

/** One route with its current price; shared with the provider page. */
export function routeRow(r: ModelRoute): RouteRow {
  const usd = (v: number | undefined) => (v === undefined ? NOT_SOURCED : formatUsd(v));
  const prices = r.route.prices ?? [];
  const terms = priceTerms(r.price);
  return {
    provider: r.provider.name,
    providerHref: `/providers/${r.provider.id}/`,
    apiId: r.route.api_id ?? NOT_SOURCED,
    context:
      r.route.context_limit !== undefined ? formatTokens(r.route.context_limit) : NOT_SOURCED,
    input: usd(r.price?.input),
    output: usd(r.price?.output),
    cachedInput: usd(r.price?.cached_input),
    terms: [...terms.tiers, terms.offPeak].filter(Boolean),
    batch: terms.batch,
    cacheWrite: terms.cacheWrite,
    seen: r.price ? formatDate(r.price.seen) : NOT_SOURCED,
    history: prices
      .slice(0, -1)
      .map(
        (p) =>
          `${formatDate(p.seen)}: ${formatUsd(p.input)} in${p.output !== undefined ? ` / ${formatUsd(p.output)} out` : ''}`,
      ),
    deprecated: r.deprecated,
    source: r.route.source,
  };
}
