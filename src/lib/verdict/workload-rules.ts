/**
 * The rule of each workload, applied to two models: which one is the better
 * choice, and the figures that decide, each with the page it comes from. A
 * figure decides only when it is sourced for both models; an unknown is
 * never read as a loss, and provider route counts are never read at all.
 */
import type { Benchmark, BenchmarkCategory, Model } from '../../schemas/index.ts';
import type { CostEstimate } from '../cost/cost.ts';
import { formatBillions, formatScore, formatTokens, formatUsd } from '../format/format.ts';
import { COMMERCIAL_USE_LABELS, KIND_NOUNS } from '../format/labels.ts';
import {
  compareBenchmarks,
  COST_RATIO,
  CONTEXT_RATIO,
  PARAMETER_RATIO,
  WORKLOAD_CATEGORIES,
  type Workload,
} from './workloads.ts';

const WEIGHTS = { 'open-weights': 'open', proprietary: 'proprietary' } as const;

/** What a rule reads of a model: the record and its cost at the stated traffic. */
export interface Contender {
  model: Model;
  cost: CostEstimate;
}

/** A figure as shown: its text and the public page it comes from. */
export interface Linked {
  text: string;
  href?: string;
}

/** One deciding figure for both models, in the order the rule was given them. */
export interface Figure {
  label: string;
  x: Linked;
  y: Linked;
}

/** x or y is the better choice; tie: even on the figures; neither: both sourced as unfit; missing: no figure sourced for both. */
export type Outcome = 'x' | 'y' | 'tie' | 'neither' | 'missing';

export interface WorkloadCall {
  workload: Workload;
  outcome: Outcome;
  figures: Figure[];
  /** Said instead of, or besides, the figures: why evidence is missing, or what the figures mean. */
  note?: string;
}

type Rule = (
  x: Contender,
  y: Contender,
  benchmarks: ReadonlyMap<string, Benchmark>,
) => Omit<WorkloadCall, 'workload'>;

/** The page a model's record facts come from: its first listed source (model card or docs). */
export function cardOf(m: Model): string | undefined {
  return m.sources[0];
}

/** The call on one workload, or undefined when the workload does not concern these two models. */
export function callWorkload(
  w: Workload,
  x: Contender,
  y: Contender,
  benchmarks: ReadonlyMap<string, Benchmark>,
): WorkloadCall | undefined {
  const kx = x.model.kind;
  const ky = y.model.kind;
  if (w.kind) {
    if (kx !== w.kind && ky !== w.kind) return undefined;
    if (kx !== ky) return { workload: w, ...byKind(x, y, w.kind) };
    return w.kind === 'language' ? undefined : { workload: w, ...cheaper(x, y) };
  }
  if (w.id === 'self-hosting') return { workload: w, ...selfHosting(x, y) };
  // Language workloads compare two language models; across kinds the "text and language tasks" line stands for them.
  if (kx !== 'language' || ky !== 'language') return undefined;
  return { workload: w, ...RULES[w.id]!(x, y, benchmarks) };
}

/** Only one of the two is of the kind the workload needs. */
function byKind(x: Contender, y: Contender, kind: Model['kind']): Omit<WorkloadCall, 'workload'> {
  const noun = (c: Contender): Linked => ({
    text: KIND_NOUNS[c.model.kind],
    href: cardOf(c.model),
  });
  return {
    outcome: x.model.kind === kind ? 'x' : 'y',
    figures: [{ label: 'Kind', x: noun(x), y: noun(y) }],
  };
}

const RULES: Partial<Record<Workload['id'], Rule>> = {
  coding: (x, y, bm) =>
    benchmarkWins(
      x,
      y,
      bm,
      WORKLOAD_CATEGORIES.coding!,
      'No coding or agentic benchmark is sourced for both models.',
    ),
  reasoning: (x, y, bm) => {
    const byScores = benchmarkWins(x, y, bm, WORKLOAD_CATEGORIES.reasoning!, '');
    if (byScores.outcome !== 'missing') return byScores;
    return capability(
      x,
      y,
      'Reasoning',
      (m) => m.capabilities?.reasoning,
      'No reasoning or knowledge benchmark is sourced for both models, nor whether both reason.',
      'Both document reasoning; no reasoning benchmark is sourced for both.',
    );
  },
  'long-documents': (x, y, bm) => {
    const byScores = benchmarkWins(x, y, bm, WORKLOAD_CATEGORIES['long-documents']!, '');
    if (byScores.outcome !== 'missing') return byScores;
    const cx = x.model.context_window;
    const cy = y.model.context_window;
    const figure = (m: Model): Linked => ({
      text:
        m.context_window !== undefined ? `${formatTokens(m.context_window)} tokens` : 'not sourced',
      href: cardOf(m),
    });
    const figures = [{ label: 'Context window', x: figure(x.model), y: figure(y.model) }];
    if (cx === undefined || cy === undefined)
      return {
        outcome: 'missing',
        figures,
        note: 'The context window is not sourced for both models.',
      };
    return { outcome: ratioWinner(cx, cy, CONTEXT_RATIO, 'higher'), figures };
  },
  vision: (x, y, bm) => {
    const byScores = benchmarkWins(x, y, bm, WORKLOAD_CATEGORIES.vision!, '');
    if (byScores.outcome !== 'missing') return byScores;
    return capability(
      x,
      y,
      'Image input',
      seesImages,
      'Image input is not sourced for both models.',
      undefined,
    );
  },
  'high-volume': (x, y) => cheaper(x, y),
};

/** Vision or multimodal input: true when either is sourced true, false only when both are sourced false. */
function seesImages(m: Model): boolean | undefined {
  const { vision, multimodal } = m.capabilities ?? {};
  if (vision === true || multimodal === true) return true;
  return vision === false && multimodal === false ? false : undefined;
}

function capability(
  x: Contender,
  y: Contender,
  label: string,
  has: (m: Model) => boolean | undefined,
  missing: string,
  bothNote: string | undefined,
): Omit<WorkloadCall, 'workload'> {
  const vx = has(x.model);
  const vy = has(y.model);
  const text = (v: boolean | undefined) => (v === undefined ? 'not sourced' : v ? 'yes' : 'no');
  const figures = [
    {
      label,
      x: { text: text(vx), href: cardOf(x.model) },
      y: { text: text(vy), href: cardOf(y.model) },
    },
  ];
  if (vx === undefined || vy === undefined) return { outcome: 'missing', figures, note: missing };
  if (vx === vy)
    return { outcome: vx ? 'tie' : 'neither', figures, note: vx ? bothNote : undefined };
  return { outcome: vx ? 'x' : 'y', figures };
}

/** Shared scores on the benchmarks of the workload's categories: the model leading on more of them is the better choice. */
function benchmarkWins(
  x: Contender,
  y: Contender,
  bm: ReadonlyMap<string, Benchmark>,
  categories: readonly BenchmarkCategory[],
  missing: string,
): Omit<WorkloadCall, 'workload'> {
  const rows: { benchmark: Benchmark; sx: number; sy: number; figure: Figure }[] = [];
  for (const sx of x.model.benchmarks ?? []) {
    const benchmark = bm.get(sx.benchmark);
    const sy = y.model.benchmarks?.find((s) => s.benchmark === sx.benchmark);
    if (!benchmark || !sy || !categories.includes(benchmark.category)) continue;
    const figure = {
      label: benchmark.name,
      x: { text: formatScore(sx.score, benchmark.unit), href: sx.source },
      y: { text: formatScore(sy.score, benchmark.unit), href: sy.source },
    };
    rows.push({ benchmark, sx: sx.score, sy: sy.score, figure });
  }
  if (rows.length === 0) return { outcome: 'missing', figures: [], note: missing };
  rows.sort((p, q) => compareBenchmarks(p.benchmark, q.benchmark));
  const lead = rows.reduce(
    (sum, r) => sum + Math.sign(r.benchmark.higher_is_better ? r.sx - r.sy : r.sy - r.sx),
    0,
  );
  return { outcome: lead > 0 ? 'x' : lead < 0 ? 'y' : 'tie', figures: rows.map((r) => r.figure) };
}

/** Monthly cost at the stated traffic on each model's cheapest route. */
function cheaper(x: Contender, y: Contender): Omit<WorkloadCall, 'workload'> {
  const figure = (c: Contender): Linked =>
    c.cost.status === 'priced'
      ? {
          text: `${formatUsd(c.cost.cheapest.monthly)}/month`,
          href: c.cost.cheapest.route.route.source,
        }
      : { text: 'no sourced price' };
  const figures = [{ label: 'Monthly cost', x: figure(x), y: figure(y) }];
  if (x.cost.status !== 'priced' || y.cost.status !== 'priced')
    return { outcome: 'missing', figures, note: 'A token price is not sourced for both models.' };
  return {
    outcome: ratioWinner(x.cost.cheapest.monthly, y.cost.cheapest.monthly, COST_RATIO, 'lower'),
    figures,
  };
}

/** Open weights first; between two open models, unconditional commercial use, then fewer parameters to host. */
function selfHosting(x: Contender, y: Contender): Omit<WorkloadCall, 'workload'> {
  const ox = x.model.openness;
  const oy = y.model.openness;
  const weights = (m: Model): Linked => ({
    text: m.openness ? WEIGHTS[m.openness] : 'not sourced',
    href: m.licence?.url ?? cardOf(m),
  });
  const figures: Figure[] = [{ label: 'Weights', x: weights(x.model), y: weights(y.model) }];
  if (!ox || !oy)
    return {
      outcome: 'missing',
      figures,
      note: 'Whether the weights are open is not sourced for both models.',
    };
  if (ox !== oy) return { outcome: ox === 'open-weights' ? 'x' : 'y', figures };
  if (ox === 'proprietary')
    return { outcome: 'neither', figures, note: 'Neither model has open weights.' };
  const ux = x.model.commercial_use;
  const uy = y.model.commercial_use;
  if (ux && uy && (ux === 'allowed') !== (uy === 'allowed')) {
    figures.push({
      label: 'Commercial use',
      x: { text: COMMERCIAL_USE_LABELS[ux].toLowerCase(), href: cardOf(x.model) },
      y: { text: COMMERCIAL_USE_LABELS[uy].toLowerCase(), href: cardOf(y.model) },
    });
    return { outcome: ux === 'allowed' ? 'x' : 'y', figures };
  }
  const px = x.model.parameters?.total_billions;
  const py = y.model.parameters?.total_billions;
  if (px === undefined || py === undefined)
    return {
      outcome: 'tie',
      figures,
      note: 'Both have open weights; their sizes are not sourced for both.',
    };
  figures.push({
    label: 'Parameters to host',
    x: { text: formatBillions(px), href: cardOf(x.model) },
    y: { text: formatBillions(py), href: cardOf(y.model) },
  });
  return { outcome: ratioWinner(px, py, PARAMETER_RATIO, 'lower'), figures };
}

/** The better of two known figures, or a tie when they are within `ratio` of each other. */
function ratioWinner(vx: number, vy: number, ratio: number, better: 'higher' | 'lower'): Outcome {
  const hi = Math.max(vx, vy);
  const lo = Math.min(vx, vy);
  if (hi === lo || (lo > 0 && hi / lo < ratio)) return 'tie';
  const xIsHigher = vx > vy;
  return xIsHigher === (better === 'higher') ? 'x' : 'y';
}
