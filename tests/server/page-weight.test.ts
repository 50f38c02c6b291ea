/**
 * The page-weight budget (32 KB raw, 7 KB gzipped) on the real catalogue
 * grown heavier: the four models with the most routes get scores on 15
 * shared benchmarks (scripts/weight/heavy-catalogue.ts), the catalogue is
 * built as deployed (the chosen pairs prerendered, the rest on demand) and
 * the pairs the predictor ranks heaviest (scripts/weight/heaviest.ts: routes,
 * listed shared benchmarks, name lengths) are asked of the real server.
 * `npm run weight` measures every pair of the real catalogue.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve/run-server.ts';
import { writeHeavyCatalogue } from '../../scripts/weight/heavy-catalogue.ts';
import { heaviestPairs, routesByModel } from '../../scripts/weight/heaviest.ts';
import {
  BUDGET_GZIP,
  BUDGET_RAW,
  weighPages,
  type PageWeight,
} from '../../scripts/weight/weigh.ts';
import { pairPath, makePair } from '../../src/lib/routing/pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import { ROOT, runBuild } from '../support/build-site.ts';

const HEAVY_MODELS = 4;
const SHARED_SCORES = 15;
const CHECKED_PAIRS = 16;

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-weight-'));
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'out');
let catalogue: Catalogue;
let heavy: string[];
let server: RunningServer;
let pages: PageWeight[];

beforeAll(async () => {
  const real = await loadCatalogue(path.join(ROOT, 'data'));
  const routes = routesByModel(real);
  heavy = [...real.models.keys()]
    .sort((x, y) => (routes.get(y) ?? 0) - (routes.get(x) ?? 0) || (x < y ? -1 : 1))
    .slice(0, HEAVY_MODELS);
  writeHeavyCatalogue(path.join(ROOT, 'data'), dataDir, heavy, SHARED_SCORES);
  const run = runBuild(dataDir, outDir, { PRERENDER: '', OG_IMAGES: 'off', PAIR_JSON: 'off' });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  catalogue = await loadCatalogue(dataDir);
  const urls = heaviestPairs(catalogue, CHECKED_PAIRS).map(pairPath);
  server = await startServer(outDir);
  pages = await weighPages(server.port, urls, 2);
  const top = [...pages].sort((x, y) => y.gzip - x.gzip)[0]!;
  console.info(
    `page weight: heaviest of ${pages.length} predicted pairs ${Math.max(...pages.map((p) => p.raw))} B raw, ${top.gzip} B gzip (${top.url})`,
  );
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('page weight of the heaviest pairs, through the real server', () => {
  it('checks pairs of the heavy models, which share at least 15 benchmarks', () => {
    const [a, b] = heavy.map((id) => catalogue.models.get(id)!);
    const bIds = new Set(b!.benchmarks!.map((s) => s.benchmark));
    expect(a!.benchmarks!.filter((s) => bIds.has(s.benchmark)).length).toBeGreaterThanOrEqual(
      SHARED_SCORES,
    );
    expect(pages.map((p) => p.url)).toContain(pairPath(makePair(a!, b!)));
  });

  it(`keeps each within ${BUDGET_RAW} bytes raw and ${BUDGET_GZIP} gzipped`, () => {
    expect(pages).toHaveLength(CHECKED_PAIRS);
    const over = pages.filter(
      (p) => p.status !== 200 || p.raw > BUDGET_RAW || p.gzip > BUDGET_GZIP,
    );
    expect(over, pages.map((p) => `${p.url} ${p.raw} B, ${p.gzip} B gzip`).join('\n')).toEqual([]);
  });
});
