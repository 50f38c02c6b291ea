/**
 * Reads one YAML record file with positions kept, so that any problem with
 * any field can be reported at its line and column.
 */
import { readFile, stat } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

/** Larger record files are refused: no hand-written record comes near this. */
export const MAX_FILE_BYTES = 1_000_000;

export interface SourceFile {
  file: string;
  data: unknown;
  /** Line and column of the field at `path` (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[], keyOnly?: boolean): { line: number; column: number };
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
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file: displayPath, line: pos.line, column: pos.col, field: '', message: `YAML syntax error: ${yamlMessage(e.message)}` };
      }),
    };
  }
  const data = doc.toJS({ maxAliasCount: 50 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ file: displayPath, line: 1, column: 1, field: '', message: 'must be a mapping of fields (key: value), not a single value or a list' }] };
  }
  return { ok: true, source: { file: displayPath, data, locate: (path, keyOnly) => locate(doc, lineCounter, path, keyOnly) } };
}

/** The first line of the yaml package's message, without its position suffix. */
function yamlMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[], keyOnly = false) {
  let node: Node | null | undefined = doc.contents;
  let found: Node | null | undefined = node;
  let keyNode: Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
      found = node ?? keyNode;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
      if (!node) break;
      keyNode = undefined;
      found = node;
    } else break;
  }
  const target = keyOnly && keyNode ? keyNode : found;
  const offset = target?.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
