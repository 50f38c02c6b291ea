/**
 * `npm run build`: validate the data, then build the site into a fresh folder
 * and swap it into dist/ only when the build succeeded.
 * - Any data problem is printed (file:line:column field: message) and the
 *   build stops with exit code 1 before a single page is written.
 * - A failed build leaves the previous dist/ exactly as it was.
 * - Each build writes into a new folder: rewriting tens of thousands of files
 *   in place is slow on these machines.
 * - The build runs with a capped V8 heap (BUILD_HEAP_MB, default 700): without
 *   a cap V8 lets garbage pile up to 1.3-1.5 GB RSS on 100,000 pages, with it
 *   the peak stays under 0.9 GB for a few percent more time (npm run bench).
 * OUT_DIR, when set, names the final folder instead of dist/.
 */
import { rename, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataDir, formatProblem, loadCatalogueWithProblems, provideCatalogue } from '../src/loader/index.ts';
import { sortProblems } from '../src/loader/problem.ts';
import { switchedOff } from '../src/lib/build-switches.ts';
import { startPairJson, type PairJsonJob } from './build/pair-json.ts';

const heapFlag = `--max-old-space-size=${Number(process.env.BUILD_HEAP_MB) || 700}`;
if (![...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith('--max-old-space-size'))) {
  const child = spawnSync(process.execPath, [heapFlag, ...process.execArgv, import.meta.filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const root = path.resolve(import.meta.dirname, '..');
const finalDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const stamp = `${Date.now()}-${process.pid}`;
const freshDir = path.join(path.dirname(finalDir), `.build-${path.basename(finalDir)}-${stamp}`);
const workDir = path.join(root, '.astro', 'builds', stamp);

const started = performance.now();
const { catalogue, problems } = await loadCatalogueWithProblems(dataDir());
if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir()}. Nothing was written; ${path.relative(root, finalDir) || finalDir}/ is unchanged.`);
  process.exit(1);
}
provideCatalogue(catalogue);
console.log(`data ok: ${catalogue.models.size} models, ${catalogue.providers.size} providers (${((performance.now() - started) / 1000).toFixed(2)} s)`);

// Each pair's data.json is written by a worker beside Astro (scripts/build/pair-json.ts),
// so the Astro endpoint that serves them in dev is switched off for this build.
let pairJson: PairJsonJob | undefined;
if (!switchedOff('PAIR_JSON')) {
  pairJson = startPairJson(dataDir(), `${freshDir}-json`);
  process.env.PAIR_JSON = 'off';
}

try {
  process.env.OUT_DIR = freshDir;
  // Astro writes its intermediate server build to <cwd>/.astro/ when outDir is
  // outside the working directory, where two builds at once (tests,
  // benchmarks) overwrite each other's chunks. A working directory of this
  // build's own, inside the project so that packages still resolve, keeps
  // every build's intermediate files apart.
  mkdirSync(workDir, { recursive: true });
  process.env.OG_CACHE_DIR ??= path.join(root, '.cache', 'og');
  process.chdir(workDir);
  // Astro is loaded only once the data passed: a refusal takes a fraction of a second.
  const { build } = await import('astro');
  // INCREMENTAL_CACHE_DIR turns on Astro's experimental incremental build, with
  // its cache there (one per data directory): see npm run bench -- --rebuild.
  const cacheDir = process.env.INCREMENTAL_CACHE_DIR;
  await build({
    root,
    outDir: freshDir,
    logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    ...(cacheDir ? { cacheDir: path.resolve(root, cacheDir), experimental: { incrementalBuild: true } } : {}),
  });
  if (pairJson) {
    await pairJson.done;
    pairJson.place(freshDir);
  }
} catch (error) {
  await pairJson?.discard();
  await rm(workDir, { recursive: true, force: true });
  await rm(freshDir, { recursive: true, force: true });
  console.error(error);
  console.error(`\nBuild failed; ${path.relative(root, finalDir) || finalDir}/ is unchanged.`);
  process.exit(1);
}

await rm(workDir, { recursive: true, force: true });
const oldDir = `${freshDir}-old`;
if (existsSync(finalDir)) await rename(finalDir, oldDir);
await rename(freshDir, finalDir);
console.log(`built into ${path.relative(root, finalDir) || finalDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await rm(oldDir, { recursive: true, force: true });
