/**
 * Temporary copies of a fixture catalogue with some files replaced, added or
 * removed; each test file that makes them removes them when it ends.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './build-site.ts';

export const SEED_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'seeds');

/**
 * Copies `from` into a fresh temp folder and applies `files`: a string or
 * Buffer writes that file (path relative to the data dir), null deletes it.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function patchedCatalogue(
  files: Record<string, string | Buffer | null>,
  from = SEED_FIXTURE,
): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-data-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(dir, rel);
    if (content === null) rmSync(target, { force: true });
    else writeFileSync(target, content);
  }
  return dir;
}
