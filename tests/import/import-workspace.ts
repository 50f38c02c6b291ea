/**
 * A work folder per test for the importer's end-to-end tests: a fresh copy of
 * the fixture data directory (tests/import/fixtures/data) before each test,
 * removed after it, and the real runImport pointed at it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterEach, beforeEach } from 'vitest';
import { runImport, type RunOptions } from '../../src/import/run.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(import.meta.dirname, 'fixtures');
export const CATALOGUE = path.join(FIXTURES, 'catalogue.json');
export const CONFIG = path.join(FIXTURES, 'import-config.yaml');
export const TODAY = '2026-06-01';

export interface ImportWorkspace {
  /** The test's work folder. */
  readonly work: string;
  /** The copy of the fixture data directory inside it. */
  readonly dataDir: string;
  /** runImport on the copy with the fixture catalogue and config, as of TODAY. */
  run(extra?: Partial<RunOptions>): ReturnType<typeof runImport>;
  /** A catalogue like the fixture with `edit` applied, written to the work folder. */
  editedCatalogue(edit: (c: Record<string, any>) => void): Promise<string>;
}

/** Registers the per-test setup and teardown; call at the top of a test file. */
export function useImportWorkspace(): ImportWorkspace {
  let work = '';
  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'llm-compare-import-test-'));
    await cp(path.join(FIXTURES, 'data'), path.join(work, 'data'), { recursive: true });
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });
  return {
    get work() {
      return work;
    },
    get dataDir() {
      return path.join(work, 'data');
    },
    run(extra = {}) {
      return runImport({
        dataDir: path.join(work, 'data'),
        from: CATALOGUE,
        config: CONFIG,
        today: TODAY,
        ...extra,
      });
    },
    async editedCatalogue(edit) {
      const c = JSON.parse(await readFile(CATALOGUE, 'utf8'));
      edit(c);
      const file = path.join(work, 'catalogue-edited.json');
      await writeFile(file, JSON.stringify(c));
      return file;
    },
  };
}

/** Every file under a directory, path → bytes (base64). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = (await fg(['**/*'], { cwd: dir, dot: true })).sort();
  return new Map(
    await Promise.all(
      files.map(async (f) => [f, (await readFile(path.join(dir, f))).toString('base64')] as const),
    ),
  );
}

/** Whether every line of `small` appears in `big`, in order. */
export function isSubsequence(small: string[], big: string[]): boolean {
  let j = 0;
  for (const line of big) if (j < small.length && line === small[j]) j++;
  return j === small.length;
}
