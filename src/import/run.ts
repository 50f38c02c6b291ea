/**
 * One import run: load our catalogue with the loader, plan, apply the plan to
 * a scratch copy of the data directory, validate that copy with the loader,
 * and only then (and only without `dryRun`) write the changed files back.
 * Files whose text would not change are never written.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalogueWithProblems } from '../loader/load-catalogue.ts';
import { CatalogueError, type Problem } from '../loader/problem.ts';
import { applyPlan } from './apply.ts';
import { parseCatalogue } from './catalogue.ts';
import { parseImportConfig } from './config.ts';
import { planImport, type ImportPlan } from './plan.ts';

export interface RunOptions {
  /** The data directory to update. */
  dataDir: string;
  /** Path of the catalogue JSON (models.dev api.json shape). */
  from: string;
  /** Path of the mapping config YAML. */
  config: string;
  /** Plan and validate only; write nothing. */
  dryRun?: boolean;
  /** Import date (YYYY-MM-DD): `reviewed` on created records. */
  today: string;
  /** Date for added prices (YYYY-MM-DD); defaults to `today`. */
  seen?: string;
}

export interface FileChange {
  /** Path relative to the data directory, e.g. "models/x.yaml". */
  path: string;
  created: boolean;
  text: string;
}

export interface RunResult {
  plan: ImportPlan;
  files: FileChange[];
  /** Problems the loader finds in the data after the import (none when it may be written). */
  problems: Problem[];
  written: boolean;
}

export async function runImport(options: RunOptions): Promise<RunResult> {
  const dataDir = path.resolve(options.dataDir);
  const before = await loadCatalogueWithProblems(dataDir, options.today);
  if (before.problems.length > 0) throw new CatalogueError(before.problems);

  const input = parseCatalogue(await readFile(options.from, 'utf8'), options.from);
  const config = parseImportConfig(await readFile(options.config, 'utf8'), options.config);
  const plan = planImport(input, config, before.catalogue, {
    today: options.today,
    ...(options.seen ? { seen: options.seen } : {}),
  });

  const read = (rel: string) => {
    const abs = path.join(dataDir, rel);
    return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  };
  const texts = applyPlan(plan.changes, read);
  const files: FileChange[] = [];
  for (const [rel, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const current = read(rel);
    if (current !== text) files.push({ path: rel, created: current === undefined, text });
  }
  if (files.length === 0) return { plan, files, problems: [], written: false };

  // Validate the result in a scratch copy before touching the real directory.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'llm-compare-import-'));
  let problems: Problem[];
  try {
    await cp(dataDir, scratch, { recursive: true });
    await writeAll(scratch, files);
    // Name the real files in problems, not the scratch copy.
    problems = (await loadCatalogueWithProblems(scratch, options.today)).problems.map((p) => {
      const rel = path.relative(scratch, path.resolve(p.file));
      return rel.startsWith('..') ? p : { ...p, file: path.join(options.dataDir, rel) };
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (problems.length > 0 || options.dryRun) return { plan, files, problems, written: false };
  await writeAll(dataDir, files);
  return { plan, files, problems, written: true };
}

async function writeAll(dir: string, files: FileChange[]): Promise<void> {
  for (const f of files) {
    const abs = path.join(dir, f.path);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, f.text, 'utf8');
  }
}
