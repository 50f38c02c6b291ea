/** Materialises a corpus case: the base catalogue plus the case's edits, in a fresh folder. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BadCase } from './cases.ts';

export const BASE = path.join(import.meta.dirname, 'base');

export function materialise(c: BadCase, dir: string): string {
  cpSync(BASE, dir, { recursive: true });
  for (const [rel, edit] of Object.entries(c.edits)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    if (edit === null) rmSync(file);
    else if (typeof edit === 'function') writeFileSync(file, edit(safeRead(file)));
    else if (typeof edit === 'string' || Buffer.isBuffer(edit)) writeFileSync(file, edit);
    else if ('linkTo' in edit) symlinkSync(path.join(dir, edit.linkTo), file);
    else if ('fifo' in edit) execFileSync('mkfifo', [file]);
    else writeFileSync(file, readFileSync(path.join(BASE, edit.copyOf)));
  }
  return dir;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Problem lines as printed, with the data directory prefix taken off and {today} filled in. */
export function expectedLines(c: BadCase, today: string): string[] {
  return c.expected.map((l) => l.replaceAll('{today}', today));
}

export function relativeLines(lines: string[], dir: string): string[] {
  return lines.map((l) => l.replaceAll(`${dir}${path.sep}`, '').replaceAll(dir, '.'));
}
