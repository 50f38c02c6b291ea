/**
 * The home page's model table as a leaderboard: every model with the figures
 * it can be sorted and filtered by (maker, kind, open weights, monthly cost
 * at the stated traffic, context window, a column per benchmark). The whole
 * table is rendered on the server; src/client/leaderboard.ts adds sorting
 * and filtering. A sort value is left empty for an unknown, which sorts last.
 */
import type { Catalogue, Model } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { formatScore, formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import { KIND_NOUNS } from '../format/labels.ts';
import { makerName, routeIndex } from '../cost/model-routes.ts';
import { compareBenchmarks } from '../verdict/workloads.ts';

/** A cell: its text, and the number it sorts by when it has one. */
export interface SortCell {
  text: string;
  value?: number;
}

export interface LeaderboardFields {
  kindId: Model['kind'];
  /** "open", "proprietary", or "" when not sourced. */
  open: string;
  openText: string;
  cost: SortCell;
  context: SortCell;
  /** One cell per leaderboard benchmark column, in column order. */
  scores: SortCell[];
}

export interface BenchmarkColumn {
  id: string;
  name: string;
  /** True when a lower score is better: the script sorts it the other way first. */
  lowerIsBetter: boolean;
}

/** Benchmark columns by category (coding first, see workloads.ts), then name; only those some model has a score on. */
export function benchmarkColumns(catalogue: Catalogue): BenchmarkColumn[] {
  const scored = new Set(
    [...catalogue.models.values()].flatMap((m) => (m.benchmarks ?? []).map((s) => s.benchmark)),
  );
  return [...catalogue.benchmarks.values()]
    .filter((b) => scored.has(b.id))
    .sort(compareBenchmarks)
    .map((b) => ({ id: b.id, name: b.name, lowerIsBetter: !b.higher_is_better }));
}

export function leaderboardFields(
  catalogue: Catalogue,
  m: Model,
  columns: readonly BenchmarkColumn[],
): LeaderboardFields {
  const cost = estimateCost(m, routeIndex(catalogue).active(m.id));
  const scores = columns.map((c) => {
    const s = m.benchmarks?.find((b) => b.benchmark === c.id);
    const unit = catalogue.benchmarks.get(c.id)!.unit;
    return s ? { text: formatScore(s.score, unit), value: s.score } : { text: '–' };
  });
  return {
    kindId: m.kind,
    open:
      m.openness === 'open-weights' ? 'open' : m.openness === 'proprietary' ? 'proprietary' : '',
    openText:
      m.openness === 'open-weights' ? 'Yes' : m.openness === 'proprietary' ? 'No' : NOT_SOURCED,
    cost:
      cost.status === 'priced'
        ? { text: formatUsd(cost.cheapest.monthly), value: cost.cheapest.monthly }
        : { text: NOT_SOURCED },
    context:
      m.context_window !== undefined
        ? { text: formatTokens(m.context_window), value: m.context_window }
        : { text: NOT_SOURCED },
    scores,
  };
}

/** The filter choices: makers and kinds present in the catalogue, by name. */
export function leaderboardFilters(catalogue: Catalogue): {
  makers: string[];
  kinds: { id: string; label: string }[];
} {
  const models = [...catalogue.models.values()];
  const makers = [...new Set(models.map((m) => makerName(catalogue, m)))].sort((x, y) =>
    x.localeCompare(y, 'en'),
  );
  const kinds = [...new Set(models.map((m) => m.kind))]
    .sort()
    .map((id) => ({ id, label: KIND_NOUNS[id] }));
  return { makers, kinds };
}
