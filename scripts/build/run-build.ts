/**
 * The build itself, run by scripts/build.ts (which sees to the heap cap):
 * validate, plan (clean or rebuild), Astro into a fresh folder, data.json
 * beside it, carry unchanged pairs over, swap into the output folder.
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataDir, formatProblem, loadCatalogueWithProblems, provideCatalogue } from '../../src/loader/index.ts';
import { sortProblems } from '../../src/loader/problem.ts';
import { switchedOff } from '../../src/lib/build-switches.ts';
import { modelPageKeys, pairContentKeys } from '../../src/lib/pair-content-keys.ts';
import { selectPages } from '../../src/lib/render-selection.ts';
import { carryOver, codeHash, planBuild, writeManifest } from './incremental.ts';
import { startPairJson, type PairJsonJob } from './pair-json.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const finalDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const stamp = `${Date.now()}-${process.pid}`;
const freshDir = path.join(path.dirname(finalDir), `.build-${path.basename(finalDir)}-${stamp}`);
const workDir = path.join(root, '.astro', 'builds', stamp);

const started = performance.now();
// Astro's modules load while the data is read and checked (most of a second either way).
const astro = import('astro');
astro.catch(() => {});
const { catalogue, problems } = await loadCatalogueWithProblems(dataDir());
if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir()}. Nothing was written; ${path.relative(root, finalDir) || finalDir}/ is unchanged.`);
  process.exit(1);
}
provideCatalogue(catalogue);
console.log(`data ok: ${catalogue.models.size} models, ${catalogue.providers.size} providers (${((performance.now() - started) / 1000).toFixed(2)} s)`);

const code = codeHash(root);
const keys = { pairs: pairContentKeys(catalogue), models: modelPageKeys(catalogue) };
const plan = planBuild(finalDir, code, keys, process.argv.includes('--clean'));
selectPages(plan.render);
console.log(plan.summary);

// Each pair's data.json is written by a worker beside Astro (scripts/build/pair-json.ts),
// so the Astro endpoint that serves them in dev is switched off for this build.
let pairJson: PairJsonJob | undefined;
if (!switchedOff('PAIR_JSON')) {
  pairJson = startPairJson(catalogue, `${freshDir}-json`, plan.render && [...plan.render.pairs]);
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
  const { build } = await astro;
  await build({ root, outDir: freshDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
  if (pairJson) {
    await pairJson.done;
    pairJson.place(freshDir);
  }
  carryOver(finalDir, freshDir, plan);
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
writeManifest(finalDir, code, keys);
console.log(`built into ${path.relative(root, finalDir) || finalDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await rm(oldDir, { recursive: true, force: true });
