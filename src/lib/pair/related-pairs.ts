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
import type { Catalogue, Model } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { routeIndex } from '../cost/model-routes.ts';
import { makePair, modelsSorted, pairPath } from '../routing/pairs.ts';

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

export const RELATED_PER_MODEL = 5;
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

export function deriveRelated(
  catalogue: Catalogue,
  a: Model,
  b: Model,
  count = RELATED_PER_MODEL,
): RelatedView {
  return {
    a: { name: a.name, links: relatedModels(catalogue, a, count, b) },
    b: { name: b.name, links: relatedModels(catalogue, b, count, a) },
  };
}

/** Links to the `count` pairs of `m` most relevant to it, leaving out `exclude`. */
export function relatedModels(
  catalogue: Catalogue,
  m: Model,
  count: number,
  exclude?: Model,
): RelatedLink[] {
  return linksOf(catalogue, m, count + 1)
    .filter(([id]) => id !== exclude?.id)
    .slice(0, count)
    .map(([, link]) => link);
}

const links = new WeakMap<Catalogue, Map<string, [string, RelatedLink][]>>();

/** The links to the `count` pairs of `m` most relevant to it, with the other model's id (kept per model). */
function linksOf(catalogue: Catalogue, m: Model, count: number): [string, RelatedLink][] {
  let kept = links.get(catalogue);
  if (!kept) links.set(catalogue, (kept = new Map()));
  const key = `${m.id} ${count}`;
  let found = kept.get(key);
  if (!found) {
    found = (rankAll(catalogue).get(m.id) ?? [])
      .slice(0, count)
      .map((c) => [
        c.id,
        { label: `${m.name} vs ${c.name}`, other: c.name, href: pairPath(makePair(m, c)) },
      ]);
    kept.set(key, found);
  }
  return found;
}

/** For each model, the other models by relevance, best first (enough for any pair). */
function rankAll(catalogue: Catalogue): Map<string, Model[]> {
  let ranked = rankings.get(catalogue);
  if (ranked) return ranked;
  const index = routeIndex(catalogue);
  const models = modelsSorted(catalogue);
  // Everything the order reads, once per model: ranking every model against every other is
  // n² comparisons (a million at 1,000 models), so none of them parses a date or collates a name.
  const byName = models
    .map((_, i) => i)
    .sort((i, j) => models[i]!.name.localeCompare(models[j]!.name, 'en'));
  const nameRank = new Array<number>(models.length);
  byName.forEach(
    (i, r) =>
      (nameRank[i] =
        r > 0 && models[byName[r - 1]!]!.name.localeCompare(models[i]!.name, 'en') === 0
          ? nameRank[byName[r - 1]!]!
          : r),
  );
  const facts = models.map((m, i) => {
    const cost = estimateCost(m, index.active(m.id));
    return {
      m,
      i,
      price: cost.status === 'priced' ? cost.cheapest.output : undefined,
      time: m.released ? Date.parse(m.released) : undefined,
      released: m.released ?? '',
      name: nameRank[i]!,
    };
  });
  type Facts = (typeof facts)[number];
  ranked = new Map();
  for (const m of facts) {
    // The best RELATED_PER_MODEL + 1, in order; a candidate goes after those it does not beat, as a stable sort keeps them.
    const best: { c: Facts; key: number }[] = [];
    for (const c of facts) {
      if (c === m) continue;
      // Same kind first, then current, then relevance (at most 16): one number orders all three.
      const key =
        (c.m.kind === m.m.kind ? 1000 : 0) +
        (isCurrentTime(m.time, c.time) ? 100 : 0) +
        relevance(m, c);
      let at = best.length;
      while (at > 0 && before(key, c, best[at - 1]!.key, best[at - 1]!.c)) at--;
      if (at > RELATED_PER_MODEL) continue;
      best.splice(at, 0, { c, key });
      if (best.length > RELATED_PER_MODEL + 1) best.pop();
    }
    ranked.set(
      m.m.id,
      best.map((b) => b.c.m),
    );
  }
  rankings.set(catalogue, ranked);
  return ranked;

  /** Whether candidate x (with its key) comes strictly before y: kind, currency, relevance, newer, then name. */
  function before(kx: number, x: Facts, ky: number, y: Facts): boolean {
    if (kx !== ky) return kx > ky;
    if (x.released !== y.released) return x.released > y.released;
    return x.name < y.name;
  }
}

/** isCurrent on release times: C is current beside M when released after it or at most a year before. */
function isCurrentTime(m: number | undefined, c: number | undefined): boolean {
  if (c === undefined) return false;
  return m === undefined || c >= m - YEAR_MS;
}

function relevance(
  m: { m: Model; price: number | undefined; time: number | undefined },
  c: { m: Model; price: number | undefined; time: number | undefined },
): number {
  let score = 0;
  if (m.m.kind === c.m.kind) score += 8;
  if (m.m.maker === c.m.maker) score += 3;
  if (m.price !== undefined && c.price !== undefined) {
    const ratio = Math.max(m.price, c.price) / Math.max(Math.min(m.price, c.price), 1e-9);
    if (ratio <= 2) score += 3;
    else if (ratio <= 5) score += 1;
  }
  if (m.time !== undefined && c.time !== undefined && Math.abs(m.time - c.time) <= YEAR_MS)
    score += 1;
  return score;
}
