/** The monthly cost section: each model's cheapest route at the stated traffic, and the difference. */
import { formatTokenVolume, formatUsd } from './format.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';

export interface CostSideView {
  name: string;
  /** "$270", or undefined when unavailable. */
  monthly: string | undefined;
  /** The route that gives it, e.g. "OpenRouter". */
  routeName: string | undefined;
  /** "$0.15 input + $0.60 output per 1M tokens". */
  basis: string | undefined;
  /** Why there is no figure. */
  unavailableReason: string | undefined;
}

export interface CostSectionView {
  /** "1,000M input and 200M output tokens a month". */
  trafficLabel: string;
  a: CostSideView;
  b: CostSideView;
  /** The difference between the two, or why it cannot be given. */
  difference: string;
}

export function deriveCostSection(f: PairFacts): CostSectionView {
  const trafficLabel = `${formatTokenVolume(f.traffic.inputTokens)} input and ${formatTokenVolume(f.traffic.outputTokens)} output tokens a month`;
  return { trafficLabel, a: costSide(f.a), b: costSide(f.b), difference: difference(f) };
}

function costSide(s: SideFacts): CostSideView {
  if (s.cost.status === 'unavailable') {
    return { name: s.model.name, monthly: undefined, routeName: undefined, basis: undefined, unavailableReason: s.cost.reason };
  }
  const c = s.cost.cheapest;
  return {
    name: s.model.name,
    monthly: formatUsd(c.monthly),
    routeName: c.route.provider.name,
    basis: `${formatUsd(c.input)} input + ${formatUsd(c.output)} output per 1M tokens`,
    unavailableReason: undefined,
  };
}

function difference(f: PairFacts): string {
  if (f.a.cost.status !== 'priced' || f.b.cost.status !== 'priced') {
    const missing = [f.a, f.b].filter((s) => s.cost.status !== 'priced').map((s) => s.model.name);
    return `No cost difference can be given until ${missing.join(' and ')} ${missing.length === 1 ? 'has' : 'have'} a sourced input and output token price.`;
  }
  const ca = f.a.cost.cheapest.monthly;
  const cb = f.b.cost.cheapest.monthly;
  if (ca === cb) return `Both cost ${formatUsd(ca)} a month at this traffic.`;
  const [cheap, dear, lo, hi] = ca < cb ? [f.a, f.b, ca, cb] : [f.b, f.a, cb, ca];
  const ratio = lo > 0 ? ` (${(hi / lo).toFixed(1)}× as much)` : '';
  return `${dear.model.name} costs ${formatUsd(hi - lo)} more a month than ${cheap.model.name} at this traffic${ratio}.`;
}
