/**
 * The facts of a pair that several sections compare: computed once per pair
 * and handed to each section's derivation. A comparison is only drawn where
 * both values are known.
 */
import {
  CAPABILITIES,
  type Benchmark,
  type Capability,
  type Catalogue,
  type Model,
} from '../../schemas/index.ts';
import { estimateCost, DEFAULT_TRAFFIC, type CostEstimate, type Traffic } from '../cost/cost.ts';
import { makerName, routeIndex, type ModelRoute } from '../cost/model-routes.ts';
import type { Pair } from '../routing/pairs.ts';

export type Side = 'a' | 'b';

export interface SideFacts {
  model: Model;
  makerName: string;
  /** Active (not deprecated) routes, by provider name. */
  routes: readonly ModelRoute[];
  /** Every route, deprecated ones included. */
  allRoutes: readonly ModelRoute[];
  cost: CostEstimate;
  /** Capabilities known true. */
  has: Capability[];
}

export interface SharedBenchmark {
  benchmark: Benchmark;
  /** Each side's score, its source, date and who ran it (`maker` or the independent party). */
  a: { score: number; source: string; date: string; run_by: string };
  b: { score: number; source: string; date: string; run_by: string };
  /** The side with the better score, or 'tie'. */
  leader: Side | 'tie';
}

export interface PairFacts {
  pair: Pair;
  traffic: Traffic;
  a: SideFacts;
  b: SideFacts;
  /** Capabilities known true on one side and known false on the other. */
  onlyA: Capability[];
  onlyB: Capability[];
  /** Capabilities known true on one side and not sourced on the other. */
  unverifiedOnB: Capability[];
  unverifiedOnA: Capability[];
  /** Capabilities both sides have. */
  both: Capability[];
  /** Providers with an active route for both models. */
  sharedProviders: string[];
  benchmarks: SharedBenchmark[];
}

export function capabilityOf(model: Model, c: Capability): boolean | undefined {
  return model.capabilities?.[c];
}

/** Each model's side at the default traffic, per catalogue: a server derives many pairs of one model. */
const defaultSides = new WeakMap<Catalogue, Map<string, SideFacts>>();

function deriveSide(catalogue: Catalogue, model: Model, traffic: Traffic): SideFacts {
  const index = routeIndex(catalogue);
  const routes = index.active(model.id);
  return {
    model,
    makerName: makerName(catalogue, model),
    routes,
    allRoutes: index.all(model.id),
    cost: estimateCost(model, routes, traffic),
    has: CAPABILITIES.filter((c) => capabilityOf(model, c) === true),
  };
}

/** The side of a model, shared between pairs at the default traffic (sides are never changed once made). */
function sideOf(catalogue: Catalogue, model: Model, traffic: Traffic): SideFacts {
  if (traffic !== DEFAULT_TRAFFIC) return deriveSide(catalogue, model, traffic);
  let sides = defaultSides.get(catalogue);
  if (!sides) defaultSides.set(catalogue, (sides = new Map()));
  let side = sides.get(model.id);
  if (side?.model !== model) sides.set(model.id, (side = deriveSide(catalogue, model, traffic)));
  return side;
}

export function derivePairFacts(
  catalogue: Catalogue,
  pair: Pair,
  traffic: Traffic = DEFAULT_TRAFFIC,
): PairFacts {
  const a = sideOf(catalogue, pair.a, traffic);
  const b = sideOf(catalogue, pair.b, traffic);
  const only = (x: Model, y: Model) =>
    CAPABILITIES.filter((c) => capabilityOf(x, c) === true && capabilityOf(y, c) === false);
  const unverified = (x: Model, y: Model) =>
    CAPABILITIES.filter((c) => capabilityOf(x, c) === true && capabilityOf(y, c) === undefined);
  const bProviders = new Set(b.routes.map((r) => r.provider.id));
  return {
    pair,
    traffic,
    a,
    b,
    onlyA: only(pair.a, pair.b),
    onlyB: only(pair.b, pair.a),
    unverifiedOnB: unverified(pair.a, pair.b),
    unverifiedOnA: unverified(pair.b, pair.a),
    both: CAPABILITIES.filter(
      (c) => capabilityOf(pair.a, c) === true && capabilityOf(pair.b, c) === true,
    ),
    sharedProviders: a.routes
      .filter((r) => bProviders.has(r.provider.id))
      .map((r) => r.provider.name),
    benchmarks: sharedBenchmarks(catalogue, pair.a, pair.b),
  };
}

function sharedBenchmarks(catalogue: Catalogue, a: Model, b: Model): SharedBenchmark[] {
  const bScores = new Map((b.benchmarks ?? []).map((s) => [s.benchmark, s]));
  const rows: SharedBenchmark[] = [];
  for (const sa of a.benchmarks ?? []) {
    const sb = bScores.get(sa.benchmark);
    const benchmark = catalogue.benchmarks.get(sa.benchmark);
    if (!sb || !benchmark) continue;
    const better = benchmark.higher_is_better
      ? Math.sign(sa.score - sb.score)
      : Math.sign(sb.score - sa.score);
    rows.push({
      benchmark,
      a: { score: sa.score, source: sa.source, date: sa.date, run_by: sa.run_by },
      b: { score: sb.score, source: sb.source, date: sb.date, run_by: sb.run_by },
      leader: better > 0 ? 'a' : better < 0 ? 'b' : 'tie',
    });
  }
  return rows.sort((x, y) => x.benchmark.name.localeCompare(y.benchmark.name, 'en'));
}

/** The other side. */
export function other(side: Side): Side {
  return side === 'a' ? 'b' : 'a';
}
