/**
 * The public pages behind a pair page: each model's sources and each route's
 * price page. Every URL is listed once: a page cited for several things under
 * one model (a model card that is also a route's price page) gets one link
 * naming each use, and a page cited the same way for both models (a maker's
 * shared docs page) goes to a third card, "Both models", instead of both.
 */
import type { PairFacts, SideFacts } from './pair-facts.ts';

export type SourceLink = { label: string; url: string };
export type SourcesView = { name: string; links: SourceLink[] }[];

export const BOTH_MODELS = 'Both models';

export function deriveSources(f: PairFacts): SourcesView {
  const a = sideLinks(f.a);
  const b = sideLinks(f.b);
  const shared = new Set(
    a.filter((l) => b.some((m) => m.url === l.url && m.label === l.label)).map((l) => l.url),
  );
  const own = (links: SourceLink[]) => links.filter((l) => !shared.has(l.url));
  const view: SourcesView = [
    { name: f.a.model.name, links: own(a) },
    { name: f.b.model.name, links: own(b) },
  ];
  if (shared.size > 0) view.push({ name: BOTH_MODELS, links: a.filter((l) => shared.has(l.url)) });
  return view;
}

/** One link per distinct URL of a model, in order of first mention; its label names every use. */
function sideLinks(s: SideFacts): SourceLink[] {
  const uses = new Map<string, string[]>();
  const add = (url: string, label: string) => {
    const labels = uses.get(url) ?? [];
    if (!labels.includes(label)) labels.push(label);
    uses.set(url, labels);
  };
  // The card is headed by the model's name, so a model source is labelled by its host alone.
  for (const url of s.model.sources) add(url, hostOf(url));
  for (const r of s.allRoutes)
    add(
      r.route.source,
      `${r.provider.name} route${r.price ? ` (price seen ${r.price.seen})` : ''}`,
    );
  return [...uses].map(([url, labels]) => ({ url, label: labels.join('; ') }));
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
