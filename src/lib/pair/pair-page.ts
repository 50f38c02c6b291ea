/**
 * The whole pair page as one plain view model: every section derived from
 * the catalogue alone. Called once per pair; components only format it.
 */
import type { Catalogue } from '../../schemas/index.ts';
import { deriveBenchmarks, type BenchmarksView } from './benchmarks-section.ts';
import { PAIR_PAGE_BENCHMARKS } from './benchmark-selection.ts';
import { deriveCostSection, type CostSectionView } from '../cost/cost-section.ts';
import { deriveDeepDive } from './deep-dive.ts';
import { deriveFaq, type FaqItem } from './faq.ts';
import { deriveFiguresStrip, type StripView } from './figures-strip.ts';
import { deriveFriction, type FrictionDirection } from './friction.ts';
import { deriveIntro, type IntroView } from './intro.ts';
import { latestDate } from '../cost/model-routes.ts';
import { derivePairFacts, type PairFacts } from './pair-facts.ts';
import { derivePairMeta, type PairMeta } from './pair-meta.ts';
import { deriveSources, type SourcesView } from './page-sources.ts';
import { pairPath, type Pair } from '../routing/pairs.ts';
import { deriveRelated, type RelatedView } from './related-pairs.ts';
import { deriveScorecard, type ScorecardRow } from './scorecard.ts';
import { deriveSignals } from './signals.ts';
import {
  deriveCapabilityRows,
  derivePricing,
  deriveSpecs,
  type CapabilityRow,
  type TableRow,
} from './spec-tables.ts';
import { deriveTradeoffs, type TradeoffsView } from './tradeoffs.ts';
import { deriveVerdict, type VerdictView } from '../verdict/verdict.ts';

export interface PairPageView {
  path: string;
  /** Head metadata (title, noindex, sharing image, breadcrumbs) and links to both model pages. */
  meta: PairMeta;
  a: { id: string; name: string };
  b: { id: string; name: string };
  intro: IntroView;
  /** The decisive figures under the heading. */
  strip: StripView;
  verdict: VerdictView;
  scorecard: ScorecardRow[];
  tradeoffs: TradeoffsView;
  cost: CostSectionView;
  friction: [FrictionDirection, FrictionDirection];
  specs: TableRow[];
  pricing: TableRow[];
  capabilities: CapabilityRow[];
  benchmarks: BenchmarksView;
  deepDive: string[];
  faq: FaqItem[];
  related: RelatedView;
  sources: SourcesView;
  /** Latest review date of the facts on the page: the two models, their makers, and their routes' prices. */
  lastReviewed: string | undefined;
}

export function derivePairPage(catalogue: Catalogue, pair: Pair): PairPageView {
  const f = derivePairFacts(catalogue, pair);
  const signals = deriveSignals(f);
  const verdict = deriveVerdict(f, catalogue.benchmarks);
  const intro = deriveIntro(f);
  const cost = deriveCostSection(f);
  const shown = (rows: readonly { provider: string }[]) => rows.map((r) => r.provider);
  return {
    path: pairPath(pair),
    meta: derivePairMeta(catalogue, pair, intro),
    a: { id: pair.a.id, name: pair.a.name },
    b: { id: pair.b.id, name: pair.b.name },
    intro,
    strip: deriveFiguresStrip(f),
    verdict,
    scorecard: deriveScorecard(f, verdict),
    tradeoffs: deriveTradeoffs(f, signals),
    cost,
    friction: deriveFriction(f),
    specs: deriveSpecs(f),
    pricing: derivePricing(f),
    capabilities: deriveCapabilityRows(f),
    benchmarks: deriveBenchmarks(f, PAIR_PAGE_BENCHMARKS),
    deepDive: deriveDeepDive(f, verdict),
    faq: deriveFaq(f),
    related: deriveRelated(catalogue, pair.a, pair.b),
    sources: deriveSources(f, { a: shown(cost.routeRows.a), b: shown(cost.routeRows.b) }),
    lastReviewed: lastReviewed(catalogue, f),
  };
}

function lastReviewed(catalogue: Catalogue, f: PairFacts): string | undefined {
  const dates: (string | undefined)[] = [];
  for (const s of [f.a, f.b]) {
    dates.push(s.model.reviewed, catalogue.makers.get(s.model.maker)?.reviewed);
    for (const r of s.allRoutes) dates.push(r.price?.seen);
  }
  return latestDate(dates);
}
