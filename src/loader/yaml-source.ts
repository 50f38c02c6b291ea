/**
 * Reads one YAML record file with positions kept, so that any problem with
 * any field can be reported at its line and column.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { fieldPath, type Problem } from './problem.ts';
import { positionInScalar } from './text-position.ts';
import { unsupportedFeatures } from './yaml-features.ts';

/** Characters YAML does not allow in a stream: C0 and C1 controls other than tab, line breaks and NEL, and U+FFFE/U+FFFF. */
const FORBIDDEN_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

export interface SourceFile {
  file: string;
  data: unknown;
  /** Line and column of the field at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[], keyOnly?: boolean): { line: number; column: number };
  /**
   * Line and column of a position inside the text value at `path` (e.g. raw HTML in markdown),
   * or of the value itself when the position cannot be mapped exactly.
   */
  locateInText(
    path: readonly PropertyKey[],
    at: { line: number; column: number },
  ): { line: number; column: number };
}

type ReadResult = { ok: true; source: SourceFile } | { ok: false; problems: Problem[] };

/** Parses a record file's bytes as YAML, keeping positions; or every reason it is not a readable record. */
export function parseYamlRecord(bytes: Buffer, displayPath: string): ReadResult {
  const whole = (message: string): ReadResult => ({
    ok: false,
    problems: [{ file: displayPath, line: 0, column: 0, field: '', message }],
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return whole('is UTF-16 text: save the file as UTF-8');
  let text: string;
  try {
    // A leading byte-order mark is accepted and dropped (TextDecoder does this).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return whole('is not valid UTF-8 text: save the file as UTF-8');
  }
  if (text.trim() === '')
    return whole('file is empty: a record is a mapping of fields, like "name: …"');

  const control = FORBIDDEN_CHARACTER.exec(text);
  if (control) {
    if ((text.match(/\0/g) ?? []).length > text.length / 4)
      return whole('looks like UTF-16 text (every other byte is zero): save the file as UTF-8');
    const before = text.slice(0, control.index);
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const problem = {
      file: displayPath,
      line: before.split('\n').length,
      column: control.index - before.lastIndexOf('\n'),
      field: '',
      message: `holds the control character ${code}, which YAML does not allow: delete it`,
    };
    return { ok: false, problems: [problem] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false,
    schema: 'core',
    strict: true,
  });
  if (doc.errors.length > 0) {
    // Only the first syntax error: the ones after it are nearly always its echoes.
    const { line, column, field, message } = yamlProblem(doc.errors[0]!, text, lineCounter);
    return { ok: false, problems: [{ file: displayPath, line, column, field, message }] };
  }
  // Repeated keys, tags and merge keys: records are plain YAML, one value per key.
  const unsupported = unsupportedFeatures(doc.contents, text).map(({ offset, path, message }) => ({
    file: displayPath,
    ...position(offset, lineCounter),
    field: fieldPath(path),
    message,
  }));
  if (unsupported.length > 0) return { ok: false, problems: unsupported };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return {
      ok: false,
      problems: [
        {
          file: displayPath,
          line: 1,
          column: 1,
          field: '',
          message: 'uses too many YAML aliases (*name): write the values out in full',
        },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        {
          file: displayPath,
          line: 1,
          column: 1,
          field: '',
          message: 'must be a mapping of fields (key: value), not a single value or a list',
        },
      ],
    };
  }
  return {
    ok: true,
    source: {
      file: displayPath,
      data,
      locate: (path, keyOnly) => locate(doc, lineCounter, path, keyOnly),
      locateInText: (path, at) =>
        positionInScalar(nodeAt(doc, path).node, text, lineCounter, at) ??
        locate(doc, lineCounter, path),
    },
  };
}

/** A YAML syntax error in plain words, at the place a person has to fix. */
function yamlProblem(
  error: YAMLError,
  text: string,
  lines: LineCounter,
): { line: number; column: number; field: string; message: string } {
  const at = lines.linePos(error.pos[0]);
  const where = { line: at.line, column: at.col, field: '' };
  const lineText = (n: number) => text.split(/\r?\n/)[n - 1] ?? '';
  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])/.exec(error.message)?.[1];
      if (!quote) break;
      // Point at the quote that was opened, not at the end of the file.
      for (let n = 1; n <= at.line; n++) {
        const l = lineText(n).replace(/\s#.*$/, '');
        if ((l.split(quote).length - 1) % 2 === 1)
          return {
            line: n,
            column: l.lastIndexOf(quote) + 1,
            field: '',
            message: `YAML syntax error: the text opened with ${quote} is never closed: add the closing ${quote}`,
          };
      }
      return {
        ...where,
        message: `YAML syntax error: a text opened with ${quote} is never closed: add the closing ${quote}`,
      };
    }
    case 'TAB_AS_INDENT':
      return { ...where, message: 'YAML syntax error: indent with spaces, not tabs' };
    case 'RESOURCE_EXHAUSTION':
      return {
        ...where,
        message:
          'YAML syntax error: the values here are nested too deeply: a record is only a few levels deep',
      };
    case 'MULTIPLE_DOCS':
      return {
        ...where,
        message:
          'YAML syntax error: a record file holds one document: remove the "---" line and what follows, or split it into two files',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      const next = lineText(at.line + 1);
      const indent = (l: string) => l.length - l.trimStart().length;
      if (next.trim() && indent(next) > indent(lineText(at.line))) {
        return {
          line: at.line + 1,
          column: indent(next) + 1,
          field: '',
          message: `YAML syntax error: this line is indented more than the key above it: keys of one mapping must line up`,
        };
      }
      return {
        ...where,
        message: 'YAML syntax error: the indentation here does not match the lines around it',
      };
    }
  }
  return {
    ...where,
    message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
  };
}

/** The pairs of a mapping by key, built once per mapping: a file with many bad keys is located in linear time. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items)
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}

function position(offset: number, lines: LineCounter) {
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The node at `path` (null when absent), the nearest existing node on the way, and its key. */
function nodeAt(doc: Document, path: readonly PropertyKey[]) {
  let node: Node | null | undefined = doc.contents;
  let found: Node | null | undefined = node;
  let keyNode: Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(key));
      if (!pair) return { node: null, found, keyNode };
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      found = node ?? keyNode;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
      if (!node) return { node: null, found, keyNode };
      keyNode = undefined;
      found = node;
    } else return { node: null, found, keyNode };
  }
  return { node, found, keyNode };
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[], keyOnly = false) {
  const { found, keyNode } = nodeAt(doc, path);
  const target = keyOnly && keyNode ? keyNode : found;
  return position(target?.range?.[0] ?? 0, lines);
}
