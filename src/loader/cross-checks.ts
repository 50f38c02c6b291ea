/**
 * Checks across records, after each record passed its own schema: every
 * reference resolves, nothing is listed twice, no date is in the future and
 * a "%" score lies within 0-100.
 */
import type { Catalogue } from '../schemas/index.ts';
import { nearest } from './error-map.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { SourceFile } from './yaml-source.ts';

export interface Located<T> {
  id: string;
  record: T;
  source: SourceFile;
}

type Report = (source: SourceFile, path: (string | number)[], message: string) => void;

/**
 * `exists(kind, id)` says whether a record file exists at all, valid or not:
 * a reference to a record that failed its own schema is not reported again.
 */
export function crossCheck(
  catalogue: Catalogue,
  sources: Map<string, SourceFile>,
  today: string,
  exists: (kind: string, id: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (source, path, message) =>
    problems.push({ file: source.file, ...source.locate(path), field: fieldPath(path), message });
  const src = (kind: string, id: string) => sources.get(`${kind}/${id}`)!;
  const notFuture = (source: SourceFile, path: (string | number)[], date: string | undefined) => {
    if (date && date > today) report(source, path, `is in the future (today is ${today})`);
  };
  /** " (did you mean "x"?)" for a near miss, else the known ids when there are few. */
  const listHint = (ids: Iterable<string>, missing: string) => {
    const all = [...ids].sort();
    const hint =
      nearest(missing, all) ??
      (all.filter((id) => id.startsWith(`${missing}-`) || missing.startsWith(`${id}-`)).length === 1
        ? all.find((id) => id.startsWith(`${missing}-`) || missing.startsWith(`${id}-`))
        : undefined);
    if (hint) return ` (did you mean "${hint}"?)`;
    return all.length <= 8 ? ` (known: ${all.join(', ') || 'none'})` : '';
  };
  // Pages are titled by display names: two records of a kind may not share one, nor two that only look alike.
  for (const kind of ['makers', 'models', 'providers', 'benchmarks'] as const) {
    const names = new Map<string, { id: string; name: string }>();
    for (const [id, record] of [...catalogue[kind]].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const first = names.get(nameKey(record.name));
      if (first === undefined) names.set(nameKey(record.name), { id, name: record.name });
      else if (first.name.toLowerCase() === record.name.toLowerCase())
        report(
          src(kind, id),
          ['name'],
          `"${record.name}" is already the name of ${kind}/${first.id}.yaml: names must be unique, ignoring case`,
        );
      else
        report(
          src(kind, id),
          ['name'],
          `${JSON.stringify(record.name)} reads the same as ${JSON.stringify(first.name)}, the name of ${kind}/${first.id}.yaml (compared after NFKC normalisation and case folding, so full-width letters, other spaces and decomposed accents count as the plain ones): names must be unique`,
        );
    }
  }

  for (const [id, maker] of catalogue.makers)
    notFuture(src('makers', id), ['reviewed'], maker.reviewed);

  for (const [id, model] of catalogue.models) {
    const s = src('models', id);
    if (!exists('makers', model.maker))
      report(
        s,
        ['maker'],
        `no maker "${model.maker}" in makers/${listHint(catalogue.makers.keys(), model.maker)}`,
      );
    notFuture(s, ['reviewed'], model.reviewed);
    notFuture(s, ['released'], model.released);
    notFuture(s, ['knowledge_cutoff'], model.knowledge_cutoff);
    const seen = new Set<string>();
    model.benchmarks?.forEach((score, i) => {
      if (!exists('benchmarks', score.benchmark))
        report(
          s,
          ['benchmarks', i, 'benchmark'],
          `no benchmark "${score.benchmark}" in benchmarks/${listHint(catalogue.benchmarks.keys(), score.benchmark)}`,
        );
      // A "%" score is a share of the benchmark's items: 0 to 100.
      const unit = catalogue.benchmarks.get(score.benchmark)?.unit;
      if (unit === '%' && (score.score < 0 || score.score > 100))
        report(
          s,
          ['benchmarks', i, 'score'],
          `is ${score.score}, but ${score.benchmark} is scored in % (0 to 100): check the figure`,
        );
      if (seen.has(score.benchmark))
        report(
          s,
          ['benchmarks', i, 'benchmark'],
          `"${score.benchmark}" is listed twice for this model`,
        );
      seen.add(score.benchmark);
      notFuture(s, ['benchmarks', i, 'date'], score.date);
    });
  }

  for (const [id, provider] of catalogue.providers) {
    const s = src('providers', id);
    notFuture(s, ['reviewed'], provider.reviewed);
    const served = new Map<string, number>();
    const apiIds = new Map<string, number>();
    provider.routes.forEach((route, i) => {
      if (!exists('models', route.model))
        report(
          s,
          ['routes', i, 'model'],
          `no model "${route.model}" in models/${listHint(catalogue.models.keys(), route.model)}`,
        );
      const first = served.get(route.model);
      if (first !== undefined)
        report(
          s,
          ['routes', i, 'model'],
          `"${route.model}" already has a route at routes[${first}]; add prices to that route instead`,
        );
      else served.set(route.model, i);
      // One API name calls one model (and the importer finds a route by it).
      const sameApiId = route.api_id === undefined ? undefined : apiIds.get(route.api_id);
      if (sameApiId !== undefined)
        report(
          s,
          ['routes', i, 'api_id'],
          `is already the api_id of routes[${sameApiId}] ("${provider.routes[sameApiId]!.model}"): one API name calls one model`,
        );
      else if (route.api_id !== undefined) apiIds.set(route.api_id, i);
      route.prices?.forEach((price, j) => {
        notFuture(s, ['routes', i, 'prices', j, 'seen'], price.seen);
        price.tiers?.forEach((tier, k) => {
          const previous = price.tiers![k - 1];
          if (previous && previous.above_tokens >= tier.above_tokens)
            report(
              s,
              ['routes', i, 'prices', j, 'tiers', k, 'above_tokens'],
              'tiers must be in ascending order of above_tokens',
            );
        });
        if (price.output === undefined && catalogue.models.get(route.model)?.kind === 'language') {
          report(
            s,
            ['routes', i, 'prices', j, 'output'],
            'is required for a language model (only input-only models such as embeddings may leave it out)',
          );
        }
      });
    });
  }
  return problems;
}

/**
 * A name as a reader sees it, for the uniqueness check: NFKC (full-width and
 * compatibility forms, no-break and other spaces, decomposed accents become
 * their plain composed forms), case-folded (upper then lower case, so "ß"
 * and "SS" meet), runs of spaces as one.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
}
