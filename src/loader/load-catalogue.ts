/**
 * The one loader: finds every record under the data directory, parses it
 * with positions, validates it with its schema, checks references across
 * records, and either returns the catalogue or throws every problem at once.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { RECORD_KINDS, type Catalogue, type RecordKind } from '../schemas/index.ts';
import { idProblem } from '../schemas/common.ts';
import { crossCheck } from './cross-checks.ts';
import { dataDir } from './data-dir.ts';
import { issuesToProblems } from './error-map.ts';
import { CatalogueError, sortProblems, type Problem } from './problem.ts';
import { readRecordBytes } from './record-file.ts';
import { parseYamlRecord, type SourceFile } from './yaml-source.ts';

export { dataDir };

export interface LoadResult {
  catalogue: Catalogue;
  problems: Problem[];
}

/**
 * Loads and validates; returns the problems rather than throwing. Problems
 * name files relative to `cwd` (the working directory unless given: a worker
 * thread passes the one it started in, as the process may change directory).
 */
export async function loadCatalogueWithProblems(
  dir = dataDir(),
  today = new Date().toISOString().slice(0, 10),
  cwd = process.cwd(),
): Promise<LoadResult> {
  const catalogue: Catalogue = {
    makers: new Map(),
    models: new Map(),
    providers: new Map(),
    benchmarks: new Map(),
  };
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();
  const display = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel && !rel.startsWith('..') ? rel : abs;
  };

  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    const message = folder
      ? 'is not a folder: DATA_DIR must name the folder that holds makers/, models/, providers/ and benchmarks/'
      : 'does not exist: DATA_DIR must name the folder that holds makers/, models/, providers/ and benchmarks/';
    return {
      catalogue,
      problems: [{ file: display(dir), line: 0, column: 0, field: '', message }],
    };
  }
  // Hidden files and folders (.git, .DS_Store, editor lock files) are not read; links are not followed.
  const entries = await fg(['**/*'], {
    cwd: dir,
    onlyFiles: false,
    dot: false,
    followSymbolicLinks: false,
    objectMode: true,
  });
  const files = entries.filter((e) => !e.dirent.isDirectory()).map((e) => e.path);
  const links = new Set(entries.filter((e) => e.dirent.isSymbolicLink()).map((e) => e.path));
  if (files.length === 0)
    problems.push({
      file: display(dir),
      line: 0,
      column: 0,
      field: '',
      message:
        'no records found: expected makers/, models/, providers/ and benchmarks/ folders of .yaml files',
    });

  const lowerIds = new Map<string, string>();
  /** Ids of every record file, valid or not: a reference to an invalid record is not also "dangling". */
  const present = new Set<string>();
  const reads = files.sort().map(async (rel) => {
    const abs = path.join(dir, rel);
    const file = display(abs);
    const [kind, name, ...rest] = rel.split('/');
    const notRecord = links.has(rel)
      ? 'is a symbolic link: a record must be a file of its own in the data folder'
      : notARecord(kind!, name!, rest);
    if (notRecord === null) return;
    if (notRecord)
      return void problems.push({ file, line: 0, column: 0, field: '', message: notRecord });
    const id = name!.slice(0, -'.yaml'.length);
    const badId = idProblem(kind!, id);
    if (badId) problems.push({ file, line: 0, column: 0, field: '', message: badId });
    const clash = lowerIds.get(`${kind}/${id.toLowerCase()}`);
    if (clash)
      problems.push({
        file,
        line: 0,
        column: 0,
        field: '',
        message: `id "${id}" clashes with ${clash}: ids must be unique, ignoring case`,
      });
    lowerIds.set(`${kind}/${id.toLowerCase()}`, file);

    present.add(`${kind}/${id}`);
    const bytes = await readRecordBytes(abs, file);
    if (!bytes.ok) return void problems.push(...bytes.problems);
    const read = parseYamlRecord(bytes.bytes, file);
    if (!read.ok) return void problems.push(...read.problems);
    const schema = RECORD_KINDS[kind as RecordKind];
    const parsed = schema.safeParse(read.source.data);
    if (!parsed.success)
      return void problems.push(...issuesToProblems(parsed.error.issues, read.source, schema));
    sources.set(`${kind}/${id}`, read.source);
    (catalogue[kind as RecordKind] as Map<string, unknown>).set(id, { id, ...parsed.data });
  });
  await Promise.all(reads);
  // Without models there is nothing to compare: no site of "0 models and -0 comparisons".
  if (files.length > 0 && ![...present].some((key) => key.startsWith('models/'))) {
    const models = entries.some((e) => e.path === 'models' && e.dirent.isDirectory());
    problems.push({
      file: display(path.join(dir, 'models')),
      line: 0,
      column: 0,
      field: '',
      message: `${models ? 'holds no model records' : 'is missing'}: the site compares models, so models/ must hold at least one <id>.yaml record`,
    });
  }

  problems.push(
    ...crossCheck(catalogue, sources, today, (kind, id) => present.has(`${kind}/${id}`)),
  );
  const sorted: Catalogue = {
    makers: sortById(catalogue.makers),
    models: sortById(catalogue.models),
    providers: sortById(catalogue.providers),
    benchmarks: sortById(catalogue.benchmarks),
  };
  return { catalogue: sorted, problems: sortProblems(problems) };
}

/** Loads and validates; throws a CatalogueError listing every problem. */
export async function loadCatalogue(dir = dataDir(), today?: string): Promise<Catalogue> {
  const { catalogue, problems } = await loadCatalogueWithProblems(dir, today);
  if (problems.length > 0) throw new CatalogueError(problems);
  return catalogue;
}

function sortById<T>(map: Map<string, T>): Map<string, T> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Why the file at `<kind>/<name>/<...rest>` is not a record, null for a README
 * (read by people, not by the loader), or undefined when it is a record file.
 */
function notARecord(
  kind: string,
  name: string | undefined,
  rest: string[],
): string | null | undefined {
  if ((rest.at(-1) ?? name ?? kind).toLowerCase() === 'readme.md') return null;
  const layout = `is not a record: records are <kind>/<id>.yaml with kind one of ${Object.keys(RECORD_KINDS).join(', ')}`;
  if (name === undefined || !(kind in RECORD_KINDS)) return layout;
  if (rest.length > 0)
    return `is in a sub-folder of ${kind}/: records are read from ${kind}/ itself, as ${kind}/<id>.yaml`;
  if (/\.ya?ml$/i.test(name) && !name.endsWith('.yaml'))
    return `is not a record: record files end in ".yaml": rename it to "${name.replace(/\.ya?ml$/i, '.yaml')}"`;
  return name.endsWith('.yaml') ? undefined : layout;
}
