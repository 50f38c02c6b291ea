/**
 * "Continue comparing": other pairs of each model, most relevant first.
 * Models of the same kind come first, and among them current ones (see
 * isCurrent) before older ones, so a 2023 model is offered beside a 2026
 * flagship only when too few newer ones exist. Then the relevance of a
 * model C to a model M: same kind +8, same maker +3, cheapest output price
 * within 2× +3 (within 5× +1), released within a year of each other +1;
 * ties go to the newer model, then the name. Ranked once per model per
 * catalogue, then shared by every page.
 */
import type { Catalogue, Model } from '../schemas/index.ts';
import { estimateCost } from './cost.ts';
import { routeIndex } from './model-routes.ts';
import { makePair, modelsSorted, pairPath } from './pairs.ts';

export interface RelatedLink {
  /** "A vs C". */
  label: string;
  /** The other model's name, "C". */
  other: string;
  href: string;
}

export interface RelatedView {
  a: { name: string; links: RelatedLink[] };
  b: { name: string; links: RelatedLink[] };
}

export const RELATED_PER_MODEL = 6;
const YEAR_MS = 365 * 86_400_000;

/**
 * Whether C is current beside M: released after M, or at most a year before
 * it. When M has no release date every dated model is current; a model
 * without a release date is not known to be current, so it comes after.
 */
export function isCurrent(m: Model, c: Model): boolean {
  if (!c.released) return false;
  if (!m.released) return true;
  return Date.parse(c.released) >= Date.parse(m.released) - YEAR_MS;
}
const rankings = new WeakMap<Catalogue, Map<string, Model[]>>();

export function deriveRelated(catalogue: Catalogue, a: Model, b: Model, count = RELATED_PER_MODEL): RelatedView {
  return { a: { name: a.name, links: relatedModels(catalogue, a, count, b) }, b: { name: b.name, links: relatedModels(catalogue, b, count, a) } };
}

/** Links to the `count` pairs of `m` most relevant to it, leaving out `exclude`. */
export function relatedModels(catalogue: Catalogue, m: Model, count: number, exclude?: Model): RelatedLink[] {
  return (rankAll(catalogue).get(m.id) ?? [])
    .filter((c) => c.id !== exclude?.id)
    .slice(0, count)
    .map((c) => ({ label: `${m.name} vs ${c.name}`, other: c.name, href: pairPath(makePair(m, c)) }));
}

/** For each model, the other models by relevance, best first (enough for any pair). */
function rankAll(catalogue: Catalogue): Map<string, Model[]> {
  let ranked = rankings.get(catalogue);
  if (ranked) return ranked;
  const index = routeIndex(catalogue);
  const models = modelsSorted(catalogue);
  const output = new Map(models.map((m) => {
    const cost = estimateCost(m, index.active(m.id));
    return [m.id, cost.status === 'priced' ? cost.cheapest.output : undefined] as const;
  }));
  ranked = new Map();
  for (const m of models) {
    const scored = models
      .filter((c) => c.id !== m.id)
      .map((c) => ({ c, kind: c.kind === m.kind ? 1 : 0, current: isCurrent(m, c) ? 1 : 0, score: relevance(m, c, output.get(m.id), output.get(c.id)) }))
      .sort((x, y) => y.kind - x.kind || y.current - x.current || y.score - x.score || (y.c.released ?? '').localeCompare(x.c.released ?? '') || x.c.name.localeCompare(y.c.name, 'en'));
    ranked.set(m.id, scored.slice(0, RELATED_PER_MODEL + 1).map((s) => s.c));
  }
  rankings.set(catalogue, ranked);
  return ranked;
}

function relevance(m: Model, c: Model, priceM: number | undefined, priceC: number | undefined): number {
  let score = 0;
  if (m.kind === c.kind) score += 8;
  if (m.maker === c.maker) score += 3;
  if (priceM !== undefined && priceC !== undefined) {
    const ratio = Math.max(priceM, priceC) / Math.max(Math.min(priceM, priceC), 1e-9);
    if (ratio <= 2) score += 3;
    else if (ratio <= 5) score += 1;
  }
  if (m.released && c.released && Math.abs(Date.parse(m.released) - Date.parse(c.released)) <= YEAR_MS) score += 1;
  return score;
}
