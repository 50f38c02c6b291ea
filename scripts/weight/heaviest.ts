/**
 * The pairs most likely to have the heaviest pages, without rendering any:
 * what grows with the data is each model's routes (a cost-table row, the
 * calculator's data and a source link each), the shared benchmarks the page
 * lists (a table row each, and verdict figures; at most PAIR_PAGE_BENCHMARKS)
 * and the two names (each appears some forty times). The predictor is their
 * estimated bytes: ROUTE_BYTES a route + BENCHMARK_BYTES a listed shared
 * benchmark + NAME_BYTES a character of the two names.
 */
import { PAIR_PAGE_BENCHMARKS } from '../../src/lib/pair/benchmark-selection.ts';
import { allPairs, type Pair } from '../../src/lib/routing/pairs.ts';
import type { Catalogue } from '../../src/schemas/index.ts';

export const ROUTE_BYTES = 300;
export const BENCHMARK_BYTES = 700;
export const NAME_BYTES = 45;

/** Every route of each model (deprecated ones too: their sources are listed). */
export function routesByModel(catalogue: Catalogue): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of catalogue.providers.values())
    for (const r of p.routes) count.set(r.model, (count.get(r.model) ?? 0) + 1);
  return count;
}

export function predictedWeight(catalogue: Catalogue, pair: Pair, routes: Map<string, number>) {
  const bIds = new Set((pair.b.benchmarks ?? []).map((s) => s.benchmark));
  const shared = (pair.a.benchmarks ?? []).filter((s) => bIds.has(s.benchmark)).length;
  return (
    ROUTE_BYTES * ((routes.get(pair.a.id) ?? 0) + (routes.get(pair.b.id) ?? 0)) +
    BENCHMARK_BYTES * Math.min(shared, PAIR_PAGE_BENCHMARKS) +
    NAME_BYTES * (pair.a.name.length + pair.b.name.length)
  );
}

/** The `n` pairs of the highest predicted weight, heaviest first. */
export function heaviestPairs(catalogue: Catalogue, n: number): Pair[] {
  const routes = routesByModel(catalogue);
  const top: { pair: Pair; weight: number }[] = [];
  for (const pair of allPairs(catalogue)) {
    const weight = predictedWeight(catalogue, pair, routes);
    if (top.length === n && weight <= top[n - 1]!.weight) continue;
    top.push({ pair, weight });
    top.sort((x, y) => y.weight - x.weight);
    if (top.length > n) top.pop();
  }
  return top.map((t) => t.pair);
}
