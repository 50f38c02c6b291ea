/**
 * The `yaml-language-server` modeline that binds a record file to its kind's JSON Schema: the first
 * line of every file under data/<kind>/, a YAML comment the loader ignores. Editors running the YAML
 * language server (VS Code's YAML extension, Neovim, Helix, Zed, …) read it; VS Code also binds new
 * files through .vscode/settings.json, before they have the line.
 */
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordKind } from '../../src/schemas/index.ts';
import { jsonSchemaPath } from './generate.ts';

const BOM = '\uFEFF';
const ANY_MODELINE = /^# yaml-language-server:.*$/;

/** The modeline of a record in data/<kind>/: a path relative to the file, two folders up to the project root. */
export const modeline = (kind: RecordKind): string =>
  `# yaml-language-server: $schema=../../${jsonSchemaPath(kind)}`;

/** The first line of a record's text, without a byte-order mark. */
export const firstLine = (text: string): string =>
  (text.startsWith(BOM) ? text.slice(1) : text).split(/\r?\n/, 1)[0]!;

/** The text with its kind's modeline as its first line: added, or put in place of another modeline. */
export function withModeline(text: string, kind: RecordKind): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const [first = '', ...rest] = body.split('\n');
  // The file's own line ending: a CRLF file keeps CRLF.
  const cr = first.endsWith('\r') ? '\r' : '';
  if (ANY_MODELINE.test(first.slice(0, first.length - cr.length)))
    return `${bom}${[modeline(kind) + cr, ...rest].join('\n')}`;
  return `${bom}${modeline(kind)}${cr}\n${body}`;
}

/** The record files of a kind in a data folder: regular `<id>.yaml` files, hidden ones left out, sorted. */
export function recordFiles(dataDir: string, kind: RecordKind): string[] {
  const dir = path.join(dataDir, kind);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .map((name) => path.join(dir, name))
    .filter((file) => lstatSync(file).isFile())
    .sort();
}

/** Puts the modeline on every record of a kind that lacks it (or has another); returns the files changed. */
export function addModelines(dataDir: string, kind: RecordKind): string[] {
  const changed: string[] = [];
  for (const file of recordFiles(dataDir, kind)) {
    const text = readFileSync(file, 'utf8');
    const next = withModeline(text, kind);
    if (next !== text) {
      writeFileSync(file, next);
      changed.push(file);
    }
  }
  return changed;
}
