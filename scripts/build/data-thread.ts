/**
 * The build's data thread (started by scripts/build/data-job.ts): validate,
 * plan, answer, then write each rendered pair's data.json and reversed-pair
 * redirect page into the fresh output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogueWithProblems } from '../../src/loader/index.ts';
import { modelPageKeys, pairContentKeys } from '../../src/lib/pair-content-keys.ts';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { allPairs, type Pair } from '../../src/lib/pairs.ts';
import { redirectPageHtml, reversedPairs } from '../../src/lib/redirect-page.ts';
import type { RenderSelection } from '../../src/lib/render-selection.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import type { DataJobInput, DataMessage, Written } from './data-job.ts';
import { codeHash, planBuild } from './incremental.ts';

const started = performance.now();
const input = workerData as DataJobInput;
const post = (message: DataMessage) => parentPort!.postMessage(message);

const { catalogue, problems } = await loadCatalogueWithProblems(input.dataDir, undefined, input.cwd);
if (problems.length > 0) {
  post({ type: 'problems', problems });
} else {
  const only = answer(catalogue);
  post({ type: 'written', ...writePairFiles(catalogue, input.outDir, only) });
}

/** Posts the catalogue and the plan; returns what to render (undefined: all). The keys are not kept here. */
function answer(catalogue: Catalogue): RenderSelection | undefined {
  const code = codeHash(input.root);
  const keys = { pairs: pairContentKeys(catalogue), models: modelPageKeys(catalogue) };
  const plan = planBuild(input.finalDir, code, keys, input.clean);
  post({ type: 'ready', catalogue, code, keys, plan, seconds: (performance.now() - started) / 1000 });
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
  const chosen = (set: ReadonlySet<string> | undefined, pair: Pair) => !set || set.has(pair.slug);
  for (const pair of allPairs(catalogue)) {
    if (input.pairJson && chosen(only?.pairs, pair)) {
      write(pair.slug, 'data.json', JSON.stringify(derivePairPage(catalogue, pair)));
      written.json++;
    }
    if (chosen(only?.redirects, pair)) {
      const [redirect] = reversedPairs([pair]);
      write(redirect!.slug, 'index.html', redirectPageHtml(redirect!, site));
      written.redirects++;
    }
  }
  return written;
}
