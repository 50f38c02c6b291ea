/**
 * `npm run weight [-- --out <built site>] [--connections N] [--top N]`
 *
 * The page-weight budget on a whole catalogue (DATA_DIR, default data/):
 * builds it once with the real build (sharing images and pair data.json off,
 * into .bench/), starts the real server (`npm start`) on it and asks for
 * every pair page, prerendered or rendered on request, exactly as a visitor
 * would. Prints the mean and largest page raw and gzipped, the heaviest
 * pages, and how many are above the budget; the last line is one JSON
 * object. Exits 1 when a page is above the budget or a request fails.
 * `--out` measures an existing build instead of building.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allPairs, pairPath } from '../src/lib/routing/pairs.ts';
import { loadCatalogue } from '../src/loader/load-catalogue.ts';
import { startServer } from './serve/run-server.ts';
import {
  BUDGET_GZIP,
  BUDGET_RAW,
  overBudget,
  weighPages,
  type PageWeight,
} from './weight/weigh.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    connections: { type: 'string', default: '4' },
    top: { type: 'string', default: '5' },
  },
});
const dataDir = path.resolve(ROOT, process.env.DATA_DIR || 'data');

let work: string | undefined;
let outDir = values.out ? path.resolve(values.out) : undefined;
if (!outDir) {
  // Inside the project (.bench/ is git-ignored), so the server finds its packages as deployed.
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  work = mkdtempSync(path.join(ROOT, '.bench', 'weight-'));
  outDir = path.join(work, 'dist');
  const started = performance.now();
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, OG_IMAGES: 'off', PAIR_JSON: 'off' },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(`the build failed:\n${build.stdout}\n${build.stderr}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s (${dataDir})`);
}

const kb = (bytes: number) => `${bytes.toLocaleString('en')} B`;
try {
  const catalogue = await loadCatalogue(dataDir);
  const urls = [...allPairs(catalogue)].map(pairPath);
  const server = await startServer(outDir);
  let pages: PageWeight[];
  const started = performance.now();
  try {
    pages = await weighPages(server.port, urls, Number(values.connections));
  } finally {
    await server.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const failed = pages.filter((p) => p.status !== 200);
  const ok = pages.filter((p) => p.status === 200);
  const mean = (pick: (p: PageWeight) => number) =>
    ok.reduce((sum, p) => sum + pick(p), 0) / Math.max(1, ok.length);
  const over = ok.filter(overBudget);
  const maxRaw = Math.max(0, ...ok.map((p) => p.raw));
  const maxGzip = Math.max(0, ...ok.map((p) => p.gzip));
  const top = Number(values.top);
  const heaviest = (pick: (p: PageWeight) => number) =>
    [...ok].sort((x, y) => pick(y) - pick(x)).slice(0, top);

  console.log(
    `pair pages: ${ok.length} of ${urls.length} answered 200 in ${seconds.toFixed(1)} s (${catalogue.models.size} models)`,
  );
  console.log(
    `raw:  mean ${kb(Math.round(mean((p) => p.raw)))}, max ${kb(maxRaw)} (budget ${kb(BUDGET_RAW)})`,
  );
  console.log(
    `gzip: mean ${kb(Math.round(mean((p) => p.gzip)))}, max ${kb(maxGzip)} (budget ${kb(BUDGET_GZIP)})`,
  );
  console.log(
    `heaviest raw:  ${heaviest((p) => p.raw)
      .map((p) => `${p.url} ${p.raw}`)
      .join(', ')}`,
  );
  console.log(
    `heaviest gzip: ${heaviest((p) => p.gzip)
      .map((p) => `${p.url} ${p.gzip}`)
      .join(', ')}`,
  );
  console.log(
    `over budget: ${over.length}${
      over.length
        ? `: ${over
            .slice(0, 20)
            .map((p) => p.url)
            .join(', ')}`
        : ''
    }`,
  );
  if (failed.length > 0)
    console.log(
      `failed: ${failed.length}: ${failed
        .slice(0, 20)
        .map((p) => `${p.url} ${p.status}`)
        .join(', ')}`,
    );
  console.log(
    JSON.stringify({
      models: catalogue.models.size,
      pairs: urls.length,
      answered: ok.length,
      meanRawBytes: Math.round(mean((p) => p.raw)),
      meanGzipBytes: Math.round(mean((p) => p.gzip)),
      maxRawBytes: maxRaw,
      maxGzipBytes: maxGzip,
      overBudget: over.length,
      failed: failed.length,
    }),
  );
  process.exitCode = over.length > 0 || failed.length > 0 ? 1 : 0;
} finally {
  if (work) rmSync(work, { recursive: true, force: true });
}
