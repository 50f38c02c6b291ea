/**
 * Checks for error kinds a careful curator would not make but a machine can
 * suspect: a score whose source page is about another model, routes of one
 * model that disagree on its context, open weights without a licence, and a
 * record said to be reviewed long after the newest dated fact it holds (and not on
 * the date of a catalogue snapshot it was checked against).
 * A score citing another model's page is not flagged when the record's notes
 * name that model, saying where the figure was read.
 * Each finding is a warning of the data report, not a loader error: every
 * one of them has legitimate exceptions (a maker's table comparing with an
 * older model, a provider that caps the context), so a person decides.
 */
import type { Catalogue, Model } from '../schemas/index.ts';
import { daysBetween } from './dates.ts';

/** Routes and the model's own window may differ by this share of the larger figure (1,000,000 vs 1,048,576 is within it). */
export const CONTEXT_TOLERANCE = 0.05;
/** A record reviewed more than this many days after its newest dated fact is flagged. */
export const REVIEW_MARGIN_DAYS = 30;
/**
 * Dates of the public catalogue snapshots every record was checked against (README, "The
 * catalogue"): models.dev, LiteLLM and genai-prices. A record reviewed on one of them was checked
 * against that snapshot even where nothing in it changed, so no fact of its own carries the date.
 */
export const CATALOGUE_SNAPSHOTS: readonly string[] = ['2026-07-02', '2026-07-24', '2026-09-23'];

export type CheckKind =
  | 'score-source-names-other-model'
  | 'route-context-disagrees'
  | 'open-weights-without-licence'
  | 'reviewed-after-sources';

export interface Warning {
  check: CheckKind;
  /** The record's file under the data directory, e.g. "models/x.yaml". */
  file: string;
  /** The field, e.g. "benchmarks[0].source". */
  field: string;
  message: string;
}

/** Lower-case alphanumeric tokens of a text: "Qwen3.6-27B" → ["qwen3", "6", "27b"]. */
const tokens = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The token runs that name each model: its id and its display name. */
function modelNames(catalogue: Catalogue): Map<string, string[][]> {
  const names = new Map<string, string[][]>();
  for (const m of catalogue.models.values()) {
    const runs = [tokens(m.id), tokens(m.name)].filter((t) => t.length > 0);
    const unique = [...new Map(runs.map((t) => [t.join('-'), t])).values()];
    names.set(m.id, unique);
  }
  return names;
}

/** The tokens of a URL's path and query (the host is left out); none for a URL that does not parse. */
function pathWords(url: string): string[] {
  try {
    const parsed = new URL(url);
    return tokens(decodeURIComponent(parsed.pathname + parsed.search));
  } catch {
    return [];
  }
}

/**
 * The models a URL names in its path and query (the host is left out): each
 * model whose id or name appears as a run of whole tokens, except a run that
 * lies inside a longer run naming another model ("gpt-5-5" inside "gpt-5-5-pro").
 */
export function modelsNamedBy(url: string, names: Map<string, string[][]>): Set<string> {
  return modelsNamedIn(pathWords(url), names);
}

/** The models a run of tokens names, by the rule of modelsNamedBy. */
function modelsNamedIn(words: string[], names: Map<string, string[][]>): Set<string> {
  const hits: { id: string; start: number; end: number }[] = [];
  for (const [id, runs] of names) {
    for (const run of runs) {
      for (let i = 0; i + run.length <= words.length; i++) {
        if (run.every((t, k) => words[i + k] === t))
          hits.push({ id, start: i, end: i + run.length });
      }
    }
  }
  const kept = hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o.id !== h.id &&
          o.start <= h.start &&
          o.end >= h.end &&
          o.end - o.start > h.end - h.start,
      ),
  );
  return new Set(kept.map((h) => h.id));
}

const sameRun = (a: string[], b: string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Whether a URL names a model the way a launch page of several models does: its family, when no
 * model bears the family's name ("/index/gpt-5-6/" for GPT-5.6 Luna), or a list that shares the
 * family ("gpt-5-4-mini-and-nano" for GPT-5.4 nano, "gpt-6-sol-and-luna" for GPT-6 Luna).
 */
export function namesAsFamily(url: string, id: string, names: Map<string, string[][]>): boolean {
  const words = pathWords(url);
  const allRuns = [...names.values()].flat();
  return (names.get(id) ?? []).some((run) => {
    const family = run.slice(0, -1);
    const last = run.at(-1);
    if (family.length === 0) return false;
    for (let i = 0; i + family.length <= words.length; i++) {
      if (!family.every((t, k) => words[i + k] === t)) continue;
      const end = i + family.length;
      const listed = words.some((w, j) => j >= end && w === 'and' && words[j + 1] === last);
      const wholeFamily = end === words.length && !allRuns.some((r) => sameRun(r, family));
      if (listed || wholeFamily) return true;
    }
    return false;
  });
}

function scoreSources(catalogue: Catalogue, out: Warning[]): void {
  const names = modelNames(catalogue);
  for (const m of catalogue.models.values()) {
    m.benchmarks?.forEach((score, i) => {
      const named = modelsNamedBy(score.source, names);
      if (named.size === 0 || named.has(m.id) || namesAsFamily(score.source, m.id, names)) return;
      // The record's notes account for the other model's page (its comparison table, say).
      const inNotes = modelsNamedIn(tokens(m.notes ?? ''), names);
      if ([...named].every((other) => inNotes.has(other))) return;
      const others = [...named].sort().join(', ');
      out.push({
        check: 'score-source-names-other-model',
        file: `models/${m.id}.yaml`,
        field: `benchmarks[${i}].source`,
        message: `${score.benchmark} score cites ${score.source}, which names ${others} and not ${m.id}: check the score is this model's own`,
      });
    });
  }
}

const apart = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b) > CONTEXT_TOLERANCE;

function routeContexts(catalogue: Catalogue, out: Warning[]): void {
  const byModel = new Map<string, { provider: string; index: number; limit: number }[]>();
  for (const p of catalogue.providers.values()) {
    p.routes.forEach((r, index) => {
      if (r.deprecated || r.context_limit === undefined) return;
      byModel.set(r.model, [
        ...(byModel.get(r.model) ?? []),
        { provider: p.id, index, limit: r.context_limit },
      ]);
    });
  }
  for (const [id, routes] of [...byModel].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const model = catalogue.models.get(id);
    if (!model) continue;
    const list = (rs: typeof routes) => rs.map((r) => `${r.provider} ${r.limit}`).join(', ');
    const window = model.context_window;
    const above =
      window === undefined ? [] : routes.filter((r) => r.limit > window && apart(r.limit, window));
    const limits = routes.map((r) => r.limit);
    const file = `models/${id}.yaml`;
    if (window !== undefined && above.length > 0) {
      out.push({
        check: 'route-context-disagrees',
        file,
        field: 'context_window',
        message: `is ${window}, but routes serve more (${list(above)}): one of them is wrong (tolerance ${CONTEXT_TOLERANCE * 100}%)`,
      });
    } else if (apart(Math.min(...limits), Math.max(...limits))) {
      out.push({
        check: 'route-context-disagrees',
        file,
        field: 'context_window',
        message: `routes disagree on the context limit (${list(routes)})${window === undefined ? '' : `, context_window ${window}`}: check each against its source (tolerance ${CONTEXT_TOLERANCE * 100}%)`,
      });
    }
  }
}

function licences(catalogue: Catalogue, out: Warning[]): void {
  for (const m of catalogue.models.values()) {
    if (m.openness === 'open-weights' && m.licence === undefined) {
      out.push({
        check: 'open-weights-without-licence',
        file: `models/${m.id}.yaml`,
        field: 'licence',
        message: 'open weights without a licence: add the licence the weights are published under',
      });
    }
  }
}

/** The dated facts a model holds: its scores' dates and the seen dates of its routes' prices. */
function modelFactDates(model: Model, catalogue: Catalogue): string[] {
  const dates = (model.benchmarks ?? []).map((s) => s.date);
  for (const p of catalogue.providers.values())
    for (const r of p.routes)
      if (r.model === model.id) dates.push(...(r.prices ?? []).map((x) => x.seen));
  return dates;
}

function reviews(catalogue: Catalogue, out: Warning[]): void {
  const flag = (file: string, reviewed: string, dates: string[]) => {
    if (dates.length === 0 || CATALOGUE_SNAPSHOTS.includes(reviewed)) return;
    const newest = dates.reduce((a, b) => (a > b ? a : b));
    const days = daysBetween(newest, reviewed);
    if (days > REVIEW_MARGIN_DAYS)
      out.push({
        check: 'reviewed-after-sources',
        file,
        field: 'reviewed',
        message: `is ${reviewed}, ${days} days after the newest dated fact it holds (${newest}): reviewed should be the date of the sources checked`,
      });
  };
  for (const m of catalogue.models.values())
    flag(`models/${m.id}.yaml`, m.reviewed, modelFactDates(m, catalogue));
  for (const p of catalogue.providers.values())
    flag(
      `providers/${p.id}.yaml`,
      p.reviewed,
      p.routes.flatMap((r) => (r.prices ?? []).map((x) => x.seen)),
    );
}

/** Every warning, grouped by check in the order above, each group in file order. */
export function checkCatalogue(catalogue: Catalogue): Warning[] {
  const groups: Warning[][] = [[], [], [], []];
  scoreSources(catalogue, groups[0]!);
  routeContexts(catalogue, groups[1]!);
  licences(catalogue, groups[2]!);
  reviews(catalogue, groups[3]!);
  return groups.flatMap((g) => g.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
}
