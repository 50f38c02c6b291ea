/**
 * `npm run bench -- --models N [--seed S] [--og] [--serve] [--requests R] [--keep]`
 *
 * Generates a synthetic catalogue of N models (scripts/bench/catalogue.ts)
 * into a fresh temporary DATA_DIR, builds it with the real build
 * (scripts/build.ts) into a fresh OUT_DIR, and prints the build's wall
 * seconds and peak RSS, the static part it wrote (files, bytes, pages,
 * prerendered pair pages raw and gzipped), and the time of the pure pair
 * derivations on a sample. With --serve it then starts the server and
 * measures it (scripts/bench/serve.ts). The last line is one JSON object.
 * A benchmark, not a test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makePair, modelsSorted } from '../src/lib/routing/pairs.ts';
import { derivePairPage } from '../src/lib/pair/pair-page.ts';
import { loadCatalogue } from '../src/loader/load-catalogue.ts';
import { generateCatalogue, type CatalogueFiles } from './bench/catalogue.ts';
import { BUDGET_GZIP, BUDGET_RAW, pageStats, runMeasured } from './bench/measure.ts';
import { measureServer } from './bench/serve.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    og: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    requests: { type: 'string', default: '6000' },
  },
});
const models = Number(values.models);
const seed = Number(values.seed);
// Inside the project (.bench/ is git-ignored), as a deployment builds: the server finds its packages
// without the resolve hook that a build elsewhere needs (scripts/start.ts).
mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
const work = mkdtempSync(path.join(ROOT, '.bench', `bench-${models}-`));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const round = (x: number) => Math.round(x * 100) / 100;

function writeCatalogue(dir: string, files: CatalogueFiles): void {
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

try {
  writeCatalogue(dataDir, generateCatalogue({ models, seed }));
  console.log(
    `catalogue: ${models} models (seed ${seed}), ${(models * (models - 1)) / 2} pairs, in ${dataDir}`,
  );

  // Sharing images (one PNG per prerendered pair, cached by content) are left out unless --og: the figures are about pages.
  const og = values.og ? { OG_CACHE_DIR: path.join(work, 'og-cache') } : { OG_IMAGES: 'off' };
  const run = await runMeasured(
    path.join(ROOT, 'scripts', 'build.ts'),
    { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ...og },
    ROOT,
  );
  if (run.status !== 0)
    throw new Error(`the build failed with exit code ${run.status}:\n${run.stdout}\n${run.stderr}`);
  const stats = pageStats(path.join(outDir, 'client'));
  const peakRssMb = Math.max(run.treePeakRssMb, run.timePeakRssMb ?? 0);

  const catalogue = await loadCatalogue(dataDir);
  const sorted = modelsSorted(catalogue);
  const sample = Math.min(2000, (models * (models - 1)) / 2);
  const tDerive = performance.now();
  for (let k = 0; k < sample; k++) {
    const i = (k * 7919) % sorted.length;
    const j = (i + 1 + ((k * 104729) % (sorted.length - 1))) % sorted.length;
    derivePairPage(catalogue, makePair(sorted[i]!, sorted[j]!));
  }
  const deriveMicros = ((performance.now() - tDerive) * 1000) / sample;

  console.log(`build output:\n${run.stdout.trim().replace(/^/gm, '  ')}`);
  console.log(
    `build:            ${run.seconds.toFixed(2)} s wall (CPU ${run.cpuSeconds?.toFixed(1) ?? 'n/a'} s on ${os.availableParallelism()} cores), peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `static part:      ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB; ${stats.pages} HTML pages of which ${stats.pairPages} prerendered pair pages`,
  );
  console.log(
    `pair page HTML:   mean ${stats.meanPairBytes.toFixed(0)} B raw, ${stats.meanPairGzipBytes.toFixed(0)} B gzip; largest ${stats.maxPairBytes} B raw, ${stats.maxPairGzipBytes} B gzip; ${stats.overBudget} of ${stats.pairPages} above ${BUDGET_RAW} B raw or ${BUDGET_GZIP} B gzip`,
  );
  console.log(`derivations:      ${deriveMicros.toFixed(0)} µs per pair (sample of ${sample})`);

  const result: Record<string, unknown> = {
    models,
    buildSeconds: round(run.seconds),
    buildPeakRssMb: round(peakRssMb),
    staticFiles: stats.files,
    staticBytes: stats.bytes,
    pages: stats.pages,
    prerenderedPairs: stats.pairPages,
    htmlBytes: Math.round(stats.meanPairBytes),
    gzipBytes: Math.round(stats.meanPairGzipBytes),
    maxHtmlBytes: stats.maxPairBytes,
    maxGzipBytes: stats.maxPairGzipBytes,
    deriveMicrosPerPair: Math.round(deriveMicros),
  };
  if (values.serve) {
    const s = await measureServer(catalogue, outDir, work, Number(values.requests), seed);
    console.log(
      `server:           ready in ${s.startupSeconds.toFixed(2)} s, peak RSS ${s.serverRssMb.toFixed(0)} MB`,
    );
    console.log(
      `uncached pairs:   ${s.uncached.requests} requests, ${s.uncached.requestsPerSecond.toFixed(0)}/s, p50 ${s.uncached.p50Ms.toFixed(1)} ms, p99 ${s.uncached.p99Ms.toFixed(1)} ms, statuses ${JSON.stringify(s.uncached.statuses)}`,
    );
    console.log(
      s.cached
        ? `through nginx:    ${s.cached.requests} requests, ${s.cached.requestsPerSecond.toFixed(0)}/s, p99 ${s.cached.p99Ms.toFixed(1)} ms, cache ${JSON.stringify(s.cached.cache)}`
        : 'through nginx:    not measured (nginx is not installed)',
    );
    Object.assign(result, {
      startupSeconds: round(s.startupSeconds),
      serverRssMb: round(s.serverRssMb),
      requests: s.uncached.requests,
      requestsPerSecond: round(s.uncached.requestsPerSecond),
      p50Ms: round(s.uncached.p50Ms),
      p99Ms: round(s.uncached.p99Ms),
      cachedRequestsPerSecond: s.cached ? round(s.cached.requestsPerSecond) : null,
    });
  }
  console.log(JSON.stringify(result));
} finally {
  if (values.keep) console.error(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
