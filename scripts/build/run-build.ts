/**
 * The build itself, run by scripts/build.ts (which sees to the heap cap):
 * the data thread validates and plans (clean, or a rebuild) while Astro
 * starts; Astro renders into a fresh folder once the data is known good;
 * data.json and redirect pages beside it (data thread); unchanged pairs
 * carried over; swap into the output folder.
 * A rebuild with the code of the last build does not start Astro: it renders
 * from the page bundle that build kept (scripts/build/page-bundle.ts,
 * render-from-bundle.ts), and carries the bundled assets over too.
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { provideCatalogue } from '../../src/loader/catalogue-handoff.ts';
import { dataDir } from '../../src/loader/data-dir.ts';
import { formatProblem, type Problem } from '../../src/loader/problem.ts';
import { switchedOff } from '../../src/lib/build-switches.ts';
import { selectPages } from '../../src/lib/render-selection.ts';
import { startDataJob } from './data-job.ts';
import { takeWorkDir } from './work-dir.ts';
import { carryOver, codeHash, previousCode, writeManifest } from './incremental.ts';
import { bundleDir, findBundle, keepBundleIntegration, storeBundle } from './page-bundle.ts';
import { openBundle, renderFromBundle } from './render-from-bundle.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..', '..');
const data = dataDir();
const finalDir = path.resolve(root, process.env.OUT_DIR || 'dist');
const shownOut = path.relative(root, finalDir) || finalDir;
const stamp = `${Date.now()}-${process.pid}`;
const freshDir = path.join(path.dirname(finalDir), `.build-${path.basename(finalDir)}-${stamp}`);
// Astro writes its intermediate server build to <cwd>/.astro/ when outDir is
// outside the working directory, where two builds at once (tests,
// benchmarks) would overwrite each other's chunks: each build works in a
// directory of its own, inside the project so that packages still resolve,
// at a path that later builds reuse (scripts/build/work-dir.ts).
const workDir = takeWorkDir(root);
const clean = process.argv.includes('--clean');
const code = codeHash(root);
// What Astro writes besides the pages: a build that renders from the kept bundle carries them over from the last output.
const assets = ['_astro', ...readdirSync(path.join(root, 'public'))];
// The same code as the build that made the output, which still has those files:
// the page bundle that build kept renders this build's pages.
const bundleEntry =
  !clean && !switchedOff('PAGE_BUNDLE') && previousCode(finalDir) === code && assets.every((name) => existsSync(path.join(finalDir, name))) ? findBundle(root, code) : undefined;

// No usage report to Astro's telemetry server from a build (unless asked for).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Astro's modules (or the kept page bundle) load on this thread while the data thread reads and checks the data.
const astro = bundleEntry ? undefined : import('astro');
astro?.catch(() => {});
const job = startDataJob({
  dataDir: data,
  cwd: process.cwd(),
  root,
  finalDir,
  clean,
  code,
  outDir: freshDir,
  pairJson: !switchedOff('PAIR_JSON'),
});
// Each pair's data.json is written by the data thread, so Astro's endpoint for them (the dev server's) is off.
process.env.PAIR_JSON = 'off';

/** Bad data: every problem, then exit 1. Astro may have started, but no page is written before the data is known good. */
function stop(problems: Problem[]): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nBuild stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${data}. Nothing was written; ${shownOut}/ is unchanged.`);
  workDir.release();
  rmSync(freshDir, { recursive: true, force: true });
  process.exit(1);
}

const ready = job.outcome.then((o) => ('problems' in o ? stop(o.problems) : o.ready));
// Pages list their paths only once the catalogue is valid and the pages to render are chosen.
provideCatalogue(
  ready.then((r) => {
    const { validated, reused } = r.records;
    console.log(`data ok: ${r.catalogue.models.size} models, ${r.catalogue.providers.size} providers (${r.seconds.toFixed(2)} s; ${validated} record file${validated === 1 ? '' : 's'} parsed and validated, ${reused} unchanged since the last build)`);
    console.log(r.plan.summary);
    selectPages(r.plan.render, true);
    return r.catalogue;
  }),
);

// Where Astro's page bundle waits until the build has succeeded.
const staging = path.join(workDir.path, 'page-bundle');
/** Astro's full build: bundles, renders what the build selected, keeps the page bundle. */
async function buildWithAstro(): Promise<void> {
  const { build } = await (astro ?? import('astro'));
  // The fresh folder is this build's own, just made, and the data thread writes into it: Astro must not empty it.
  await build({ root, outDir: freshDir, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn', vite: { build: { emptyOutDir: false } }, integrations: [keepBundleIntegration(workDir.path, staging)] });
}

/** Deletes the kept bundle of this code (with a warning, if given): the next build with Astro keeps a new one. */
function dropBundle(warning?: string): void {
  if (warning) console.warn(warning);
  rmSync(bundleDir(root, code), { recursive: true, force: true });
}

let built: Awaited<typeof ready>;
let carried: string[] = [];
try {
  // Read by the pages as they load: set before Astro or the bundle imports them.
  process.env.OUT_DIR = freshDir;
  process.env.OG_CACHE_DIR ??= path.join(root, '.cache', 'og');
  process.chdir(workDir.path);
  const bundle = bundleEntry ? openBundle(bundleEntry) : undefined;
  bundle?.catch(() => {});
  // With a bundle, the plan decides (a clean build after all only if the last output changed meanwhile);
  // with none, Astro starts now and waits for the data itself (its pages list no path before).
  const dataFirst = bundle ? await ready : undefined;
  const opened = dataFirst?.plan.render ? await bundle!.catch((error) => void dropBundle(`The kept page bundle could not be loaded (${error}); building with Astro.`)) : undefined;
  if (opened) {
    try {
      const files = await renderFromBundle(opened, freshDir);
      console.log(`${files} files rendered from the page bundle kept by the last build (Astro not started)`);
    } catch (error) {
      // Whatever went wrong, the next build bundles the pages afresh.
      dropBundle();
      throw error;
    }
    carried = assets;
  } else {
    await buildWithAstro();
  }
  built = await ready;
  if (!opened) storeBundle(root, staging, code);
  await job.written;
  carryOver(finalDir, freshDir, built.plan, carried);
} catch (error) {
  await job.discard();
  workDir.release();
  await rm(freshDir, { recursive: true, force: true });
  console.error(error);
  console.error(`\nBuild failed; ${shownOut}/ is unchanged.`);
  process.exit(1);
}

workDir.release();
const oldDir = `${freshDir}-old`;
if (existsSync(finalDir)) await rename(finalDir, oldDir);
await rename(freshDir, finalDir);
writeManifest(finalDir, built.code, built.keys);
console.log(`built into ${shownOut}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await rm(oldDir, { recursive: true, force: true });
