/** A problem found in the data: where it is and what is wrong. */
export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line, or 0 when the problem is about the whole file. */
  line: number;
  /** 1-based column, or 0 when the problem is about the whole file. */
  column: number;
  /** Dotted field path such as `routes[0].prices[1].input`, or "" for the whole record. */
  field: string;
  /** What is wrong, in words a person can act on. */
  message: string;
}

/** `data/models/x.yaml:12:3 capabilities.vison: unknown key (did you mean "vision"?)` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`;
}

/** Sorted by file, then line, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1,
  );
}

/** Thrown when the catalogue has problems; carries all of them. */
export class CatalogueError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = sortProblems(problems);
    super(
      `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the data:\n${sorted.map(formatProblem).join('\n')}`,
    );
    this.name = 'CatalogueError';
    this.problems = sorted;
  }
}

/** `routes[0].prices[1].input` from ['routes', 0, 'prices', 1, 'input']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}
