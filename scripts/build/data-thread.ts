/**
 * The build's data thread (started by scripts/build/data-job.ts): validate,
 * plan, answer, then write each rendered pair's data.json and reversed-pair
 * redirect page into the fresh output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogueWithProblems } from '../../src/loader/load-catalogue.ts';
import { openRecordCache } from '../../src/loader/record-cache.ts';
import { contentKeys } from '../../src/lib/pair-content-keys.ts';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { redirectPageHtml, reversedPairs } from '../../src/lib/redirect-page.ts';
import { pairsIn, type RenderSelection } from '../../src/lib/render-selection.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import type { DataJobInput, DataMessage, Written } from './data-job.ts';
import { planBuild } from './incremental.ts';

const started = performance.now();
const input = workerData as DataJobInput;
const post = (message: DataMessage) => parentPort!.postMessage(message);

const { code } = input;
// `--clean` parses and validates every record again (and keeps them for the next build).
const records = openRecordCache(path.join(input.root, '.cache', 'records'), input.dataDir, code, !input.clean);
const { catalogue, problems } = await loadCatalogueWithProblems(input.dataDir, undefined, input.cwd, records);
if (problems.length > 0) {
  records.save();
  post({ type: 'problems', problems });
} else {
  const only = answer(catalogue);
  records.save();
  post({ type: 'written', ...writePairFiles(catalogue, input.outDir, only) });
}

/** Posts the catalogue and the plan; returns what to render (undefined: all). The keys are not kept here. */
function answer(catalogue: Catalogue): RenderSelection | undefined {
  const keys = contentKeys(catalogue);
  const plan = planBuild(input.finalDir, code, keys, input.clean);
  post({ type: 'ready', catalogue, code, keys, plan, seconds: (performance.now() - started) / 1000, records: records.counts() });
  return plan.render;
}

/**
 * Each selected pair's view model as <outDir>/compare/<slug>/data.json, next
 * to its page (unless PAIR_JSON=off), and each selected redirect page as
 * <outDir>/compare/<b>-vs-<a>/index.html; the numbers written.
 */
function writePairFiles(catalogue: Catalogue, outDir: string, only: RenderSelection | undefined): Written {
  const written: Written = { json: 0, redirects: 0 };
  const site = siteUrl();
  const write = (slug: string, file: string, text: string) => {
    const dir = path.join(outDir, 'compare', slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  if (input.pairJson) {
    for (const pair of pairsIn(catalogue, only?.pairs)) {
      write(pair.slug, 'data.json', JSON.stringify(derivePairPage(catalogue, pair)));
      written.json++;
    }
  }
  for (const redirect of reversedPairs(pairsIn(catalogue, only?.redirects))) {
    write(redirect.slug, 'index.html', redirectPageHtml(redirect, site));
    written.redirects++;
  }
  return written;
}
