/**
 * `npm run bench -- --models N [--seed S] [--rebuild] [--og] [--keep]`
 *
 * Generates a synthetic catalogue of N models (scripts/bench/catalogue.ts)
 * into a fresh temporary DATA_DIR, builds it with the real build
 * (scripts/build.ts) into a fresh OUT_DIR, and prints pages, wall seconds,
 * pages/s, ms/page, peak RSS of the build's process tree, mean pair-page HTML
 * bytes raw and gzipped, and the time of the pure derivations alone.
 * The last line is one JSON object. A benchmark, not a test.
 * --rebuild also measures a one-record rebuild (see scripts/bench/rebuild.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allPairs } from '../src/lib/pairs.ts';
import { derivePairPage } from '../src/lib/pair-page.ts';
import { loadCatalogue } from '../src/loader/load-catalogue.ts';
import { generateCatalogue, type CatalogueFiles } from './bench/catalogue.ts';
import { BUDGET_GZIP, BUDGET_RAW, pageStats, runMeasured, type RunResult } from './bench/measure.ts';
import { measureRebuild } from './bench/rebuild.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    rebuild: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    og: { type: 'boolean', default: false },
  },
});
const models = Number(values.models);
const seed = Number(values.seed);
const work = mkdtempSync(path.join(os.tmpdir(), `llm-compare-bench-${models}-`));
const dataDir = path.join(work, 'data');

function writeCatalogue(dir: string, files: CatalogueFiles): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

/** Runs the real build of `data` (with `args`, e.g. --clean) into a folder under the work directory named by `label`. */
async function buildOnce(data: string, label: string, args: string[] = []): Promise<{ run: RunResult; outDir: string }> {
  const outDir = path.join(work, `out-${label}`);
  // Sharing images (one PNG per pair, cached by content) are left out unless --og: the figures are about pages.
  const og = values.og ? { OG_CACHE_DIR: path.join(work, 'og-cache') } : { OG_IMAGES: 'off' };
  const run = await runMeasured(path.join(ROOT, 'scripts', 'build.ts'), { ...process.env, DATA_DIR: data, OUT_DIR: outDir, ...og }, ROOT, args);
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`build "${label}" failed with exit code ${run.status}`);
  }
  return { run, outDir };
}

try {
  const t0 = performance.now();
  writeCatalogue(dataDir, generateCatalogue({ models, seed }));
  console.log(`catalogue: ${models} models (seed ${seed}) in ${dataDir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const { run, outDir } = await buildOnce(dataDir, 'clean');
  const stats = pageStats(outDir);
  const peakRssMb = Math.max(run.treePeakRssMb, run.timePeakRssMb ?? 0);

  const tLoad = performance.now();
  const catalogue = await loadCatalogue(dataDir);
  const loadSeconds = (performance.now() - tLoad) / 1000;
  const tDerive = performance.now();
  let derived = 0;
  for (const pair of allPairs(catalogue)) {
    derivePairPage(catalogue, pair);
    derived++;
  }
  const deriveSeconds = (performance.now() - tDerive) / 1000;

  const pagesPerSecond = stats.pages / run.seconds;
  console.log(`build output:\n${run.stdout.trim().replace(/^/gm, '  ')}`);
  console.log(`pages:            ${stats.pages} HTML pages (${stats.pairPages} pair pages, ${stats.redirectPages} reversed-pair redirects, ${stats.pages - stats.pairPages - stats.redirectPages} others) and ${stats.otherFiles} other files`);
  console.log(`wall seconds:     ${run.seconds.toFixed(2)} (CPU ${run.cpuSeconds?.toFixed(1) ?? 'n/a'} s user+sys on ${os.availableParallelism()} cores; load average at the end ${os.loadavg()[0]!.toFixed(1)})`);
  console.log(`pages/s:          ${pagesPerSecond.toFixed(0)}`);
  console.log(`ms/page:          ${((run.seconds * 1000) / stats.pages).toFixed(3)}`);
  console.log(`peak RSS:         ${peakRssMb.toFixed(0)} MB (process tree polled: ${run.treePeakRssMb.toFixed(0)} MB; largest process per /usr/bin/time: ${run.timePeakRssMb?.toFixed(0) ?? 'n/a'} MB)`);
  console.log(`pair page HTML:   mean ${stats.meanPairBytes.toFixed(0)} B raw, ${stats.meanPairGzipBytes.toFixed(0)} B gzip; largest ${stats.maxPairBytes} B raw, ${stats.maxPairGzipBytes} B gzip; ${stats.overBudget} of ${stats.pairPages} above ${BUDGET_RAW} B raw or ${BUDGET_GZIP} B gzip`);
  console.log(`derivations:      ${derived} pairs in ${deriveSeconds.toFixed(2)} s (${((deriveSeconds * 1e6) / Math.max(derived, 1)).toFixed(0)} µs/pair); load+validate ${loadSeconds.toFixed(2)} s`);

  const result: Record<string, unknown> = {
    pages: stats.pages,
    seconds: round(run.seconds),
    pagesPerSecond: round(pagesPerSecond),
    peakRssMb: round(peakRssMb),
    htmlBytes: Math.round(stats.meanPairBytes),
    gzipBytes: Math.round(stats.meanPairGzipBytes),
    maxHtmlBytes: stats.maxPairBytes,
    maxGzipBytes: stats.maxPairGzipBytes,
    deriveSeconds: round(deriveSeconds),
  };
  if (values.rebuild) result.rebuild = await measureRebuild({ dataDir, cleanSeconds: run.seconds, buildOnce, print: console.log });
  console.log(JSON.stringify(result));
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
