/**
 * Reads one YAML record file with positions kept, so that any problem with
 * any field can be reported at its line and column.
 */
import { readFile, stat } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Problem } from './problem.ts';
import { positionInScalar } from './text-position.ts';

/** Larger record files are refused: no hand-written record comes near this. */
export const MAX_FILE_BYTES = 1_000_000;

export interface SourceFile {
  file: string;
  data: unknown;
  /** Line and column of the field at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[], keyOnly?: boolean): { line: number; column: number };
  /**
   * Line and column of a position inside the text value at `path` (e.g. raw HTML in markdown),
   * or of the value itself when the position cannot be mapped exactly.
   */
  locateInText(path: readonly PropertyKey[], at: { line: number; column: number }): { line: number; column: number };
}

type ReadResult = { ok: true; source: SourceFile } | { ok: false; problems: Problem[] };

export async function readYamlFile(absPath: string, displayPath: string): Promise<ReadResult> {
  const whole = (message: string): ReadResult => ({ ok: false, problems: [{ file: displayPath, line: 0, column: 0, field: '', message }] });
  const { size } = await stat(absPath);
  if (size > MAX_FILE_BYTES) return whole(`file is ${size.toLocaleString('en-US')} bytes; a record may be at most ${MAX_FILE_BYTES.toLocaleString('en-US')} bytes`);
  let text: string;
  try {
    // A leading byte-order mark is accepted and dropped (TextDecoder does this).
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absPath));
  } catch {
    return whole('is not valid UTF-8 text: save the file as UTF-8');
  }
  if (text.trim() === '') return whole('file is empty: a record is a mapping of fields, like "name: …"');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core', strict: true });
  if (doc.errors.length > 0) {
    // Only the first syntax error: the ones after it are nearly always its echoes.
    const { line, column, field, message } = yamlProblem(doc.errors[0]!, text, lineCounter);
    return { ok: false, problems: [{ file: displayPath, line, column, field, message }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return { ok: false, problems: [{ file: displayPath, line: 1, column: 1, field: '', message: 'uses too many YAML aliases (*name): write the values out in full' }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ file: displayPath, line: 1, column: 1, field: '', message: 'must be a mapping of fields (key: value), not a single value or a list' }] };
  }
  return {
    ok: true,
    source: {
      file: displayPath,
      data,
      locate: (path, keyOnly) => locate(doc, lineCounter, path, keyOnly),
      locateInText: (path, at) => positionInScalar(nodeAt(doc, path).node, text, lineCounter, at) ?? locate(doc, lineCounter, path),
    },
  };
}

/** A YAML syntax error in plain words, at the place a person has to fix. */
function yamlProblem(error: YAMLError, text: string, lines: LineCounter): { line: number; column: number; field: string; message: string } {
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
        if ((l.split(quote).length - 1) % 2 === 1) return { line: n, column: l.lastIndexOf(quote) + 1, field: '', message: `YAML syntax error: the text opened with ${quote} is never closed: add the closing ${quote}` };
      }
      return { ...where, message: `YAML syntax error: a text opened with ${quote} is never closed: add the closing ${quote}` };
    }
    case 'TAB_AS_INDENT':
      return { ...where, message: 'YAML syntax error: indent with spaces, not tabs' };
    case 'DUPLICATE_KEY': {
      const key = /^[^:#]+/.exec(text.slice(error.pos[0]))?.[0]?.trim() ?? '';
      return { ...where, field: key, message: 'is given twice in the same mapping: keep one' };
    }
    case 'MULTIPLE_DOCS':
      return { ...where, message: 'YAML syntax error: a record file holds one document: remove the "---" line and what follows, or split it into two files' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      const next = lineText(at.line + 1);
      const indent = (l: string) => l.length - l.trimStart().length;
      if (next.trim() && indent(next) > indent(lineText(at.line))) {
        return { line: at.line + 1, column: indent(next) + 1, field: '', message: `YAML syntax error: this line is indented more than the key above it: keys of one mapping must line up` };
      }
      return { ...where, message: 'YAML syntax error: the indentation here does not match the lines around it' };
    }
  }
  return { ...where, message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
}

/** The node at `path` (null when absent), the nearest existing node on the way, and its key. */
function nodeAt(doc: Document, path: readonly PropertyKey[]) {
  let node: Node | null | undefined = doc.contents;
  let found: Node | null | undefined = node;
  let keyNode: Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
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
  const offset = target?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
