/**
 * Every figure of the cost section that depends on the traffic: each side's
 * cheapest route and monthly cost, the difference, each route's monthly cost
 * and note, and the cost chart. Computed from the page's compact cost data,
 * at build time for the default traffic and in the browser for the chosen
 * one: the same function, so both read alike.
 */
import { renderBarChart, type Bar, type BarChart, type BarGroup } from '../format/bar-chart.ts';
import {
  cheapestIndex,
  clampShare,
  costLine,
  offPeakShareOf,
  type AppliedRate,
  type RateSet,
  type RouteLine,
  type Traffic,
} from './cost.ts';
import type { CostData, SideCostData } from './cost-data.ts';
import { trafficLabel } from './cost-traffic.ts';
import {
  formatCacheLifetime,
  formatPercent,
  formatTokens,
  formatUsd,
  NOT_SOURCED,
} from '../format/format.ts';

export interface RouteFigures {
  /** "$270", or why there is none. */
  monthly: string;
  /** "Cheapest", the tier applied, a missing cached price; "" when nothing to say. */
  note: string;
  cheapest: boolean;
}

export interface SideFigures {
  name: string;
  /** "$270", or undefined when unavailable. */
  monthly: string | undefined;
  /** The route that gives it, e.g. "OpenRouter". */
  routeName: string | undefined;
  /** "$0.15 input + $0.60 output per 1M tokens". */
  basis: string | undefined;
  /** Why there is no figure. */
  unavailableReason: string | undefined;
  /** The card's lines as shown: figure, its unit, the route line and the basis line. */
  figure: string;
  perMonth: string;
  routeLine: string;
  basisLine: string;
  /** One per route of the data, in the same order. */
  routes: RouteFigures[];
  /** Indices of the routes the cost table lists, in data order: every one, or the LISTED_ROUTES cheapest. */
  listed: number[];
}

export interface CostFigures {
  trafficLabel: string;
  a: SideFigures;
  b: SideFigures;
  difference: string;
  /** The cost chart's SVG markup. */
  chart: string;
}

/** Routes per model drawn in the chart (the cheapest: the pair's cost side by side); the table lists them all. */
export const CHART_ROUTES_PER_MODEL = 1;

/**
 * Routes per model the cost table lists at most: the cheapest priced ones at
 * the page's traffic (the cheapest first, then by cost), so a page's weight
 * does not grow with the number of providers. The model page lists every
 * route; the calculator's data, the price notes and the sources cover only
 * the listed ones.
 */
export const LISTED_ROUTES = 6;

function listedRoutes(lines: RouteLine[], best: number): number[] {
  if (lines.length <= LISTED_ROUTES) return lines.map((_, i) => i);
  return lines
    .map((l, i) => ({ cost: l.status === 'priced' ? l.monthly : Infinity, i }))
    .sort((x, y) => (x.i === best ? -1 : y.i === best ? 1 : x.cost - y.cost || x.i - y.i))
    .slice(0, LISTED_ROUTES)
    .map((x) => x.i)
    .sort((x, y) => x - y);
}

/** The indices of a side's routes the cost table lists at a traffic (see LISTED_ROUTES). */
export function listedRouteIndices(side: SideCostData, traffic: Traffic): number[] {
  return sideFigures(side, traffic).figures.listed;
}

export function costFigures(data: CostData, traffic: Traffic): CostFigures {
  const a = sideFigures(data.a, traffic);
  const b = sideFigures(data.b, traffic);
  return {
    trafficLabel: trafficLabel(traffic),
    a: a.figures,
    b: b.figures,
    difference: difference(a, b),
    chart: renderBarChart(costChart(traffic, [a, b])),
  };
}

interface SideWork {
  data: SideCostData;
  lines: RouteLine[];
  best: number;
  figures: SideFigures;
}

const worked = new WeakMap<SideCostData, { traffic: Traffic; work: SideWork }>();

/** A side's figures at a traffic, kept for the last traffic asked (a model's side is shared by its pairs). */
function sideFigures(side: SideCostData, traffic: Traffic): SideWork {
  const kept = worked.get(side);
  if (kept?.traffic === traffic) return kept.work;
  const work = figuresOf(side, traffic);
  worked.set(side, { traffic, work });
  return work;
}

function figuresOf(side: SideCostData, traffic: Traffic): SideWork {
  const lines = side.routes.map((r) => costLine(r, side.inputOnly, traffic, side.modelContext));
  const best = cheapestIndex(side.routes, lines);
  const bestLine = lines[best];
  const routes = lines.map((l, i) => routeFigures(l, i === best, traffic));
  const base = { name: side.name, routes, listed: listedRoutes(lines, best) };
  if (bestLine?.status !== 'priced') {
    const reason = unavailableReason(side, lines, traffic);
    const figures = {
      ...base,
      monthly: undefined,
      routeName: undefined,
      basis: undefined,
      unavailableReason: reason,
      figure: 'Unavailable',
      perMonth: '',
      routeLine: reason,
      basisLine: '',
    };
    return { data: side, lines, best, figures };
  }
  const monthly = formatUsd(bestLine.monthly);
  const routeName = side.routes[best]!.provider;
  const basis = basisOf(bestLine.rate, side.inputOnly, traffic);
  const figures = {
    ...base,
    monthly,
    routeName,
    basis,
    unavailableReason: undefined,
    figure: monthly,
    perMonth: ' / month',
    routeLine: `Cheapest route: ${routeName}`,
    basisLine: basis,
  };
  return { data: side, lines, best, figures };
}

function unavailableReason(side: SideCostData, lines: RouteLine[], traffic: Traffic): string {
  if (side.routes.length === 0) return 'No active provider route is tracked for this model.';
  if (lines.some((l) => l.status === 'unpriced' && l.reason === 'over-context')) {
    return `No tracked route with a sourced price takes prompts of ${formatTokens(traffic.promptTokens ?? 0)} tokens.`;
  }
  return 'No tracked provider route has a sourced input and output token price.';
}

/**
 * "$0.15 input ($0.015 cached) + $0.60 output per 1M tokens, long-context tier above 200K;
 * off-peak $0.07 input + $0.30 output for 79.17% of traffic; batch $0.075 input + $0.30 output for 50%".
 */
function basisOf(rate: AppliedRate, inputOnly: boolean, traffic: Traffic): string {
  let input = `${formatUsd(rate.input)} input`;
  if (traffic.cachedShare)
    input += rate.cachedSourced
      ? ` (${formatUsd(rate.cachedInput)} cached)`
      : ' (no cached price sourced)';
  if (traffic.cacheWriteShare)
    input += rate.cacheWriteSourced
      ? ` (${formatUsd(rate.cacheWrite)} cache writes${lifetime(rate)})`
      : ' (no cache-write price sourced)';
  const prices =
    inputOnly && rate.output === 0 ? input : `${input} + ${formatUsd(rate.output)} output`;
  const tier =
    rate.tierAbove !== undefined ? `, long-context tier above ${formatTokens(rate.tierAbove)}` : '';
  const parts = [`${prices} per 1M tokens${tier}`];
  if (rate.offPeak)
    parts.push(
      `off-peak ${ratePair(rate.offPeak.rate, inputOnly)} for ${formatPercent(offPeakShareOf(traffic, rate.offPeak.weekShare))} of traffic`,
    );
  const batch = clampShare(traffic.batchShare);
  if (batch)
    parts.push(
      rate.batch
        ? `batch ${ratePair(rate.batch, inputOnly)} for ${formatPercent(batch)} of traffic`
        : 'no batch price sourced',
    );
  return parts.join('; ');
}

/** "$0.66 input + $1.98 output", or "$0.66 input" for input-only models. */
function ratePair(r: RateSet, inputOnly: boolean): string {
  return inputOnly && r.output === 0
    ? `${formatUsd(r.input)} input`
    : `${formatUsd(r.input)} input + ${formatUsd(r.output)} output`;
}

/** ", 5-minute cache" when the cache-write price states its lifetime. */
function lifetime(rate: AppliedRate): string {
  return rate.cacheWriteDuration ? `, ${formatCacheLifetime(rate.cacheWriteDuration)} cache` : '';
}

function routeFigures(line: RouteLine, cheapest: boolean, traffic: Traffic): RouteFigures {
  if (line.status === 'unpriced') {
    if (line.reason === 'over-context')
      return { monthly: 'Not served', note: 'Prompt longer than its context limit', cheapest };
    return {
      monthly: NOT_SOURCED,
      note: line.reason === 'no-output-price' ? 'Output price not sourced' : 'Price not sourced',
      cheapest,
    };
  }
  const { rate } = line;
  const notes: string[] = [];
  if (cheapest) notes.push('Cheapest');
  if (rate.tierAbove !== undefined)
    notes.push(`Tier above ${formatTokens(rate.tierAbove)} applied`);
  if (rate.offPeak)
    notes.push(
      `Off-peak prices for ${formatPercent(offPeakShareOf(traffic, rate.offPeak.weekShare))} of traffic`,
    );
  if (traffic.batchShare)
    notes.push(
      rate.batch
        ? `Batch prices for ${formatPercent(clampShare(traffic.batchShare))} of traffic`
        : 'No batch price: standard prices used',
    );
  if (traffic.cachedShare && !rate.cachedSourced) notes.push('No cached price: input price used');
  if (traffic.cacheWriteShare && !rate.cacheWriteSourced)
    notes.push('No cache-write price: input price used');
  return { monthly: formatUsd(line.monthly), note: notes.join('; '), cheapest };
}

function difference(a: SideWork, b: SideWork): string {
  const la = a.lines[a.best];
  const lb = b.lines[b.best];
  if (la?.status !== 'priced' || lb?.status !== 'priced') {
    const missing = [a, b]
      .filter((s) => s.lines[s.best]?.status !== 'priced')
      .map((s) => s.data.name);
    return `No cost difference can be given until ${missing.join(' and ')} ${missing.length === 1 ? 'has' : 'have'} a sourced input and output token price.`;
  }
  const ca = la.monthly;
  const cb = lb.monthly;
  if (ca === cb) return `Both cost ${formatUsd(ca)} a month at this traffic.`;
  const [cheap, dear, lo, hi] = ca < cb ? [a, b, ca, cb] : [b, a, cb, ca];
  const ratio = lo > 0 ? ` (${(hi / lo).toFixed(1)}× as much)` : '';
  return `${dear.data.name} costs ${formatUsd(hi - lo)} more a month than ${cheap.data.name} at this traffic${ratio}.`;
}

function costChart(traffic: Traffic, sides: [SideWork, SideWork]): BarChart {
  const groups = sides.map((s, i): BarGroup => {
    const series: Bar['series'] = i === 0 ? 'a' : 'b';
    const priced = s.lines
      .map((l, j) => ({ l, j }))
      .filter(
        (x): x is { l: Extract<RouteLine, { status: 'priced' }>; j: number } =>
          x.l.status === 'priced',
      )
      .sort((x, y) =>
        x.j === s.best ? -1 : y.j === s.best ? 1 : x.l.monthly - y.l.monthly || x.j - y.j,
      );
    const shown = priced.slice(0, CHART_ROUTES_PER_MODEL);
    const bars: Bar[] = shown.map(({ l, j }) => ({
      label: s.data.routes[j]!.provider,
      value: l.monthly,
      valueLabel: formatUsd(l.monthly) + (j === s.best ? ' (cheapest)' : ''),
      series,
    }));
    if (bars.length === 0)
      bars.push({ label: 'Monthly cost', value: undefined, valueLabel: NOT_SOURCED, series });
    const more = priced.length - shown.length;
    return {
      heading:
        more > 0
          ? `${s.data.name} (${shown.length === 1 ? 'the cheapest' : `${shown.length} cheapest`} of ${priced.length} priced routes)`
          : s.data.name,
      bars,
    };
  });
  const counts = groups
    .map(
      (g, i) =>
        `${sides[i]!.data.name} (${routeCount(g.bars.filter((b) => b.value !== undefined).length)})`,
    )
    .join(' and ');
  return {
    summary: `Bar chart of the monthly cost per route at ${trafficLabel(traffic)}, cheapest first, for ${counts}; the table above gives every figure.`,
    groups,
  };
}

function routeCount(n: number): string {
  return n === 0 ? 'no priced route' : `${n} route${n === 1 ? '' : 's'}`;
}
