/**
 * Builds the seed fixture catalogue once per test run with the real build,
 * into a fresh temporary folder that page tests read through `inject('seedSite')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, runBuild, siteDir } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seed fixture's prerendered pages and files (every pair prerendered). */
    seedSite: string;
    /** The whole output folder of that build (client/ and server/). */
    seedOut: string;
  }
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-seed-site-'));
  const out = path.join(work, 'dist');
  const run = runBuild(path.join(ROOT, 'tests', 'fixtures', 'seeds'), out);
  if (run.status !== 0) throw new Error(`seed fixture build failed:\n${run.stdout}\n${run.stderr}`);
  project.provide('seedSite', siteDir(out));
  project.provide('seedOut', out);
  return () => rmSync(work, { recursive: true, force: true });
}
