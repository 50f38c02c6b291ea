/**
 * The pairs a model page links to, in three groups: the same maker's other
 * models, rivals of the same kind at a similar price (cheapest price within
 * 2×, closest first; only current models, see isCurrent, unless none of them
 * qualifies), and the newest models of the same kind. Prices are
 * worked out once per catalogue and shared by every model page.
 */
import type { Catalogue, Model } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { makerName, routeIndex } from '../cost/model-routes.ts';
import { makePair, modelsSorted, pairPath } from '../routing/pairs.ts';
import { isCurrent, type RelatedLink } from '../pair/related-pairs.ts';

export interface PairGroup {
  /** Short heading, e.g. "Same maker". */
  title: string;
  links: RelatedLink[];
}

export const GROUP_SIZE = 8;
const prices = new WeakMap<Catalogue, Map<string, number>>();

/** The cheapest monthly cost of each priced model at the default traffic. */
function monthlyPrices(catalogue: Catalogue): Map<string, number> {
  let map = prices.get(catalogue);
  if (!map) {
    map = new Map();
    const index = routeIndex(catalogue);
    for (const m of catalogue.models.values()) {
      const cost = estimateCost(m, index.active(m.id));
      if (cost.status === 'priced') map.set(m.id, cost.cheapest.monthly);
    }
    prices.set(catalogue, map);
  }
  return map;
}

const byNewest = (x: Model, y: Model) =>
  (y.released ?? '').localeCompare(x.released ?? '') || x.name.localeCompare(y.name, 'en');

export function derivePairGroups(catalogue: Catalogue, m: Model): PairGroup[] {
  const others = modelsSorted(catalogue).filter((c) => c.id !== m.id);
  const link = (c: Model): RelatedLink => ({
    label: `${m.name} vs ${c.name}`,
    other: c.name,
    href: pairPath(makePair(m, c)),
  });
  const monthly = monthlyPrices(catalogue);
  const own = monthly.get(m.id);

  const sameMaker = others
    .filter((c) => c.maker === m.maker)
    .sort(byNewest)
    .slice(0, GROUP_SIZE);
  const distance = (c: Model) =>
    Math.abs(Math.log(Math.max(monthly.get(c.id)!, 0.01) / Math.max(own!, 0.01)));
  const similar =
    own === undefined
      ? []
      : others.filter(
          (c) =>
            c.kind === m.kind &&
            c.maker !== m.maker &&
            monthly.has(c.id) &&
            distance(c) <= Math.log(2),
        );
  const current = similar.filter((c) => isCurrent(m, c));
  const rivals = (current.length > 0 ? current : similar)
    .sort((x, y) => distance(x) - distance(y) || x.name.localeCompare(y.name, 'en'))
    .slice(0, GROUP_SIZE);
  const newest = others
    .filter((c) => c.kind === m.kind && c.released)
    .sort(byNewest)
    .slice(0, GROUP_SIZE);

  return [
    { title: `Other models by ${makerName(catalogue, m)}`, links: sameMaker.map(link) },
    { title: 'Rivals at a similar price (within 2×, other makers)', links: rivals.map(link) },
    { title: 'Newest models of the same kind', links: newest.map(link) },
  ].filter((g) => g.links.length > 0);
}
