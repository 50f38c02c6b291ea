/**
 * The public pages behind a pair page: each model's sources and each route's
 * price page. Every URL is listed once: a page cited for several things under
 * one model (a model card that is also a route's price page) gets one link
 * naming each use, and a page cited the same way for both models (a maker's
 * shared docs page) goes to a third card, "Both models", instead of both.
 * Only the routes the page shows are cited (the cost table's: see
 * LISTED_ROUTES; the model pages cite every route). A page cited for one
 * route only is listed compactly, by the provider's name
 * in one line of routes, with the date its price was seen when it differs
 * from the card's most common one (so the list stays short with many routes).
 */
import type { PairFacts, SideFacts } from './pair-facts.ts';

export type SourceLink = { label: string; url: string };
/** A route's price page: the provider's name, and a note (its own price date, or "no price"). */
export type RouteLink = SourceLink & { note?: string };
export interface SourceCard {
  name: string;
  /** The model's own sources, and pages cited for several uses, each use named. */
  links: SourceLink[];
  /** Pages cited for one route only. */
  routes: RouteLink[];
  /** The date most of these routes' prices were seen; a route seen on another date says so. */
  seen?: string;
  /** What introduces the routes: "Route prices seen 2026-07-02 (unless dated)", or "Routes". */
  routesLabel: string;
}
export type SourcesView = SourceCard[];

export const BOTH_MODELS = 'Both models';

type Use = { label: string; route?: { provider: string; seen?: string } };

/**
 * `listed`: the providers of the routes the page shows (the cost table's);
 * without it, every route of each model, deprecated ones included.
 */
export function deriveSources(
  f: PairFacts,
  listed?: { a: readonly string[]; b: readonly string[] },
): SourcesView {
  const a = sideUses(f.a, listed && new Set(listed.a));
  const b = sideUses(f.b, listed && new Set(listed.b));
  const key = (url: string, uses: Use[]) => `${url} ${uses.map((u) => u.label).join('; ')}`;
  const bKeys = new Set([...b].map(([url, uses]) => key(url, uses)));
  const shared = new Set([...a].filter(([url, uses]) => bKeys.has(key(url, uses))).map(([u]) => u));
  const own = (uses: Map<string, Use[]>) => [...uses].filter(([url]) => !shared.has(url));
  const view: SourcesView = [card(f.a.model.name, own(a)), card(f.b.model.name, own(b))];
  if (shared.size > 0)
    view.push(
      card(
        BOTH_MODELS,
        [...a].filter(([url]) => shared.has(url)),
      ),
    );
  return view;
}

const usesOfSide = new WeakMap<SideFacts, { listed: string; uses: Map<string, Use[]> }>();

/**
 * Every use of each distinct URL of a model, in order of first mention (kept
 * per side and listed routes: a model's side is shared by its pairs; callers
 * only read it).
 */
function sideUses(s: SideFacts, listed: ReadonlySet<string> | undefined): Map<string, Use[]> {
  const key = listed ? `listed:${[...listed].join('\n')}` : 'every route';
  const kept = usesOfSide.get(s);
  if (kept?.listed === key) return kept.uses;
  const uses = collectUses(s, listed);
  usesOfSide.set(s, { listed: key, uses });
  return uses;
}

function collectUses(s: SideFacts, listed: ReadonlySet<string> | undefined): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  const add = (url: string, use: Use) => {
    const list = uses.get(url) ?? [];
    if (!list.some((u) => u.label === use.label)) list.push(use);
    uses.set(url, list);
  };
  // The card is headed by the model's name, so a model source is labelled by its host alone.
  for (const url of s.model.sources) add(url, { label: hostOf(url) });
  for (const r of s.allRoutes) {
    if (listed && (r.deprecated || !listed.has(r.provider.name))) continue;
    const seen = r.price?.seen;
    const label = `${r.provider.name} route${seen ? ` (price seen ${seen})` : ''}`;
    add(r.route.source, { label, route: { provider: r.provider.name, seen } });
  }
  return uses;
}

function card(name: string, entries: [string, Use[]][]): SourceCard {
  const routeOnly = entries.filter(([, uses]) => uses.length === 1 && uses[0]!.route);
  const links = entries
    .filter((e) => !routeOnly.includes(e))
    .map(([url, uses]) => ({ url, label: uses.map((u) => u.label).join('; ') }));
  const seen = mostCommon(routeOnly.map(([, uses]) => uses[0]!.route!.seen));
  const routes = routeOnly.map(([url, uses]): RouteLink => {
    const route = uses[0]!.route!;
    const note = !route.seen ? 'no price' : route.seen !== seen ? `seen ${route.seen}` : undefined;
    return note ? { url, label: route.provider, note } : { url, label: route.provider };
  });
  const dated = routes.some((r) => r.note?.startsWith('seen'));
  const routesLabel = seen ? `Route prices seen ${seen}${dated ? ' unless dated' : ''}` : 'Routes';
  return seen ? { name, links, routes, seen, routesLabel } : { name, links, routes, routesLabel };
}

/** The most frequent defined value; on a tie the latest (dates compare as text). */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (n > bestCount || (n === bestCount && v > best!)) best = v;
  }
  return best;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
