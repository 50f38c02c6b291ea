/**
 * What changed, as an Atom feed (RFC 4287) at /feed.xml: new models (by their
 * release date), price changes (old and new price of a route, dated by the new
 * price's `seen`) and benchmark scores (by their date). Every entry is dated
 * from the records, never from the build clock, so the same data gives the
 * same feed; entries are newest first and capped.
 */
import { escape } from 'html-escaper';
import type { Catalogue, Model, Price } from '../../schemas/index.ts';
import { runByLabel } from '../pair/benchmarks-section.ts';
import { changeKind } from '../cost/cost-price-history.ts';
import { formatDate, formatScore, formatUsd } from '../format/format.ts';
import { priceTerms } from '../cost/price-terms.ts';

/** The most entries the feed holds (the newest). */
export const FEED_CAP = 100;
export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = 'llm-compare: new models, price changes and benchmark scores';

export type FeedEntryKind = 'model' | 'price' | 'score';

export interface FeedEntry {
  kind: FeedEntryKind;
  /** A stable URL-based id: the page it concerns, with a fragment naming the change. */
  id: string;
  title: string;
  /** YYYY-MM-DD, from the record. */
  date: string;
  /** Absolute URL of the page about it. */
  link: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  /** The newest entry's date (YYYY-MM-DD), undefined for an empty feed. */
  updated: string | undefined;
  self: string;
  home: string;
  entries: FeedEntry[];
}

const modelLink = (site: URL, id: string) => new URL(`/models/${id}/`, site).href;

/** "$1.25 input, $10 output" (per 1M tokens), with the cached input when sourced and the off-peak prices of a time-of-day route. */
const priceText = (p: Price) => {
  const text = `${formatUsd(p.input)} input${p.output === undefined ? '' : `, ${formatUsd(p.output)} output`}${p.cached_input === undefined ? '' : `, ${formatUsd(p.cached_input)} cached input`}`;
  const offPeak = priceTerms(p).offPeak;
  return offPeak ? `${text} (peak); ${offPeak.replace(/^Off-peak/, 'off-peak')}` : text;
};

/** The price history's own rule: batch or cache-write prices first stated beside unchanged prices are no change. */
const samePrice = (a: Price, b: Price) => changeKind(a, b) === undefined;

function modelEntries(catalogue: Catalogue, site: URL): FeedEntry[] {
  return [...catalogue.models.values()]
    .filter((m): m is Model & { released: string } => m.released !== undefined)
    .map((m) => {
      const maker = catalogue.makers.get(m.maker)?.name ?? m.maker;
      const link = modelLink(site, m.id);
      const context =
        m.context_window === undefined
          ? ''
          : `, context window ${m.context_window.toLocaleString('en-US')} tokens`;
      return {
        kind: 'model',
        id: `${link}#released`,
        title: `New model: ${m.name} by ${maker}`,
        date: m.released,
        link,
        summary: `${maker} released ${m.name} (${m.kind}${context}) on ${formatDate(m.released)}.`,
      };
    });
}

function priceEntries(catalogue: Catalogue, site: URL): FeedEntry[] {
  const out: FeedEntry[] = [];
  for (const p of catalogue.providers.values()) {
    for (const route of p.routes) {
      const model = catalogue.models.get(route.model);
      const prices = route.prices ?? [];
      for (let i = 1; i < prices.length; i++) {
        const [before, after] = [prices[i - 1]!, prices[i]!];
        if (samePrice(before, after)) continue;
        const name = model?.name ?? route.model;
        const link = modelLink(site, route.model);
        out.push({
          kind: 'price',
          id: `${new URL(`/providers/${p.id}/`, site).href}#${route.model}-${after.seen}`,
          title: `Price change: ${name} on ${p.name}`,
          date: after.seen,
          link,
          summary: `${name} on ${p.name}${route.api_id ? ` (${route.api_id})` : ''}, per 1M tokens: was ${priceText(before)} (seen ${formatDate(before.seen)}); now ${priceText(after)} (seen ${formatDate(after.seen)}).`,
        });
      }
    }
  }
  return out;
}

function scoreEntries(catalogue: Catalogue, site: URL): FeedEntry[] {
  return [...catalogue.models.values()].flatMap((m) =>
    (m.benchmarks ?? []).map((s) => {
      const bench = catalogue.benchmarks.get(s.benchmark);
      const name = bench?.name ?? s.benchmark;
      const link = modelLink(site, m.id);
      return {
        kind: 'score' as const,
        id: `${link}#score-${s.benchmark}-${s.date}`,
        title: `${m.name}: ${formatScore(s.score, bench?.unit ?? '')} on ${name}`,
        date: s.date,
        link,
        summary: `${m.name} scores ${formatScore(s.score, bench?.unit ?? '')} on ${name} (${s.run_by === 'maker' ? 'reported by the maker' : runByLabel(s.run_by)}), published ${formatDate(s.date)} at ${s.source}.`,
      };
    }),
  );
}

const KIND_ORDER: Record<FeedEntryKind, number> = { model: 0, price: 1, score: 2 };

/** The feed's entries, newest first (then new models, prices, scores; then by id), at most `cap`. */
export function deriveFeed(catalogue: Catalogue, site: URL, cap = FEED_CAP): Feed {
  const all = [
    ...modelEntries(catalogue, site),
    ...priceEntries(catalogue, site),
    ...scoreEntries(catalogue, site),
  ];
  all.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? 1
        : -1
      : a.kind !== b.kind
        ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  const entries = all.slice(0, cap);
  const self = new URL(FEED_PATH, site).href;
  return {
    id: self,
    title: FEED_TITLE,
    updated: entries[0]?.date,
    self,
    home: new URL('/', site).href,
    entries,
  };
}

/** An Atom date-time for a YYYY-MM-DD date: midnight UTC. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The feed as an Atom document; every text and attribute is escaped. */
export function renderAtom(feed: Feed): string {
  const e = escape;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    // An empty catalogue has no dated record; the Unix epoch stands in (never the build clock).
    `  <updated>${atomDate(feed.updated ?? '1970-01-01')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.home)}"/>`,
    '  <author><name>llm-compare</name></author>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${atomDate(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      `    <category term="${entry.kind}"/>`,
      `    <summary>${e(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
