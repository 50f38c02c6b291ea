/**
 * The build, step by step (run by scripts/build.ts, `npm run build`):
 * 1. Validate: the loader reads every record under DATA_DIR and checks it;
 *    any problem is printed (file:line:column field: message) and the build
 *    stops before anything is written.
 * 1b. Refuse a catalogue larger than the build supports in its prerender
 *    scope (catalogue-limits.ts), before anything is written.
 * 2. Hand over: the validated catalogue, each model's facet key and the
 *    code's hash (scripts/builder/code-hash.ts) go to the pages Astro
 *    prerenders and, as JSON, into the server bundle
 *    (scripts/builder/catalogue-module.ts).
 * 3. Astro builds into a fresh folder in its work folder: client/ (the
 *    prerendered core and chosen pairs, assets) and server/ (the server that
 *    renders every other pair). Each build has a numbered work folder of its
 *    own inside the project (scripts/builder/work-dir.ts), so builds at once
 *    never share one and the prerendering bundle finds the packages.
 * 0. Refuse an output folder that is, holds or lies inside the data, the
 *    project or a checkout (output-guard.ts), and a second build into the
 *    same output (output-lock.ts, which also removes what a dead build left).
 * 4. Publish: the fresh folder replaces OUT_DIR only when everything
 *    succeeded (scripts/builder/publish.ts); a failed build leaves OUT_DIR
 *    as it was.
 * Tests stop the build at a named step to kill it there (pause-point.ts).
 * Caches: .cache/og/ (sharing images by content, src/og/card-cache.ts) and
 * .cache/node-compile/ (V8's compiled code, set by scripts/build.ts).
 */
import path from 'node:path';
import { provideCatalogue } from '../../src/loader/catalogue-handoff.ts';
import { dataDir } from '../../src/loader/data-dir.ts';
import { loadShippable } from '../../src/loader/load-shippable.ts';
import { CatalogueError, formatProblem } from '../../src/loader/problem.ts';
import { prerenderScope } from '../../src/lib/routing/prerendered-pairs.ts';
import { ogCacheDir, removeStaleTemps } from '../../src/og/cache-dir.ts';
import { sizeProblem } from './catalogue-limits.ts';
import { codeHash } from './code-hash.ts';
import { failureCause } from './failure-cause.ts';
import { lockOutput } from './output-lock.ts';
import { outputProblem } from './output-guard.ts';
import { pausePoint, pauseIntegrations } from './pause-point.ts';
import { publish } from './publish.ts';
import { takeWorkDir } from './work-dir.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..', '..');
const data = dataDir();
const finalDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const shownOut = path.relative(root, finalDir) || finalDir;
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// A production build whatever the shell says: with NODE_ENV=test or development, Vite would
// build the pages and the server in its development mode; and Astro reads import.meta.env.DEV,
// PROD, SSR, MODE and BASE_URL from variables of those names when the environment has them
// (a test runner's child processes do).
process.env.NODE_ENV = 'production';
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];
// No usage report to Astro's telemetry server from a build (unless asked for).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Astro's modules load while the data is read and checked.
const astro = import('astro');
astro.catch(() => {});

const guard = outputProblem(finalDir, data, root);
if (guard) {
  console.error(`Build refused: ${guard}. Nothing was written.`);
  process.exit(1);
}
const lock = lockOutput(finalDir);
if ('heldBy' in lock) {
  console.error(
    `Build refused: another build${lock.heldBy ? ` (process ${lock.heldBy})` : ''} is writing ${shownOut}/; wait for it to finish. Nothing was written.`,
  );
  process.exit(1);
}
process.once('exit', () => lock.release());
// Half-written sharing images of a build or server that was killed.
removeStaleTemps(ogCacheDir());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
pausePoint('validate');

let shipped;
try {
  shipped = await loadShippable(data, codeHash(root));
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  for (const p of error.problems) console.error(formatProblem(p));
  const n = error.problems.length;
  console.error(
    `\nBuild stopped: ${n} problem${n === 1 ? '' : 's'} in ${data}. Nothing was written; ${shownOut}/ is unchanged.`,
  );
  process.exit(1);
}
const { models, providers } = shipped.catalogue;
const scope = prerenderScope();
console.log(
  `data ok: ${models.size} models, ${providers.size} providers (${seconds()} s); pairs prerendered: ${scope === 'all' ? 'all' : 'the chosen set'}`,
);
const tooLarge = sizeProblem(models.size, scope);
if (tooLarge) {
  console.error(`Build refused: ${tooLarge}. Nothing was written; ${shownOut}/ is unchanged.`);
  process.exit(1);
}
provideCatalogue(shipped);

const workDir = takeWorkDir(root);
// Inside the project, so that the prerendering bundle Astro writes into it finds the packages.
const freshDir = path.join(workDir.path, 'site');
try {
  // Read by the pages as they load.
  process.env.OG_CACHE_DIR ??= path.join(root, '.cache', 'og');
  process.chdir(workDir.path);
  const { build } = await astro;
  await build({
    root,
    outDir: freshDir,
    logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn',
    integrations: pauseIntegrations(),
  });
  publish(freshDir, finalDir);
} catch (error) {
  workDir.release();
  console.error(error);
  console.error(`\nBuild failed: ${failureCause(error, finalDir)}; ${shownOut}/ is unchanged.`);
  process.exit(1);
}
workDir.release();
console.log(`built into ${shownOut}/ in ${seconds()} s`);
