/** The public pages behind a pair page: each model's sources and each route's price page. */
import type { PairFacts, SideFacts } from './pair-facts.ts';

export type SourcesView = { name: string; links: { label: string; url: string }[] }[];

export function deriveSources(f: PairFacts): SourcesView {
  const side = (s: SideFacts) => {
    const links = s.model.sources.map((url) => ({ label: `${s.model.name}: ${hostOf(url)}`, url }));
    for (const r of s.allRoutes) links.push({ label: `${r.provider.name} route${r.price ? ` (price seen ${r.price.seen})` : ''}`, url: r.route.source });
    return { name: s.model.name, links };
  };
  return [side(f.a), side(f.b)];
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
