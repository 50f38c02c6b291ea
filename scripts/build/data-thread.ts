/**
 * The build's data thread (started by scripts/build/data-job.ts): validate,
 * plan, answer, then write each rendered pair's data.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalogueWithProblems } from '../../src/loader/index.ts';
import { modelPageKeys, pairContentKeys } from '../../src/lib/pair-content-keys.ts';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import type { DataJobInput, DataMessage } from './data-job.ts';
import { codeHash, planBuild } from './incremental.ts';

const started = performance.now();
const input = workerData as DataJobInput;
const post = (message: DataMessage) => parentPort!.postMessage(message);

const { catalogue, problems } = await loadCatalogueWithProblems(input.dataDir, undefined, input.cwd);
if (problems.length > 0) {
  post({ type: 'problems', problems });
} else {
  const only = answer(catalogue);
  if (input.pairJsonDir) post({ type: 'json', written: writePairJson(catalogue, input.pairJsonDir, only) });
}

/** Posts the catalogue and the plan; returns the pairs to render (undefined: all). The keys are not kept here. */
function answer(catalogue: Catalogue): ReadonlySet<string> | undefined {
  const code = codeHash(input.root);
  const keys = { pairs: pairContentKeys(catalogue), models: modelPageKeys(catalogue) };
  const plan = planBuild(input.finalDir, code, keys, input.clean);
  post({ type: 'ready', catalogue, code, keys, plan, seconds: (performance.now() - started) / 1000 });
  return plan.render?.pairs;
}

/** Each pair's view model as <outDir>/compare/<slug>/data.json, next to its page; the number written. */
function writePairJson(catalogue: Catalogue, outDir: string, only: ReadonlySet<string> | undefined): number {
  let written = 0;
  for (const pair of allPairs(catalogue)) {
    if (only && !only.has(pair.slug)) continue;
    const dir = path.join(outDir, 'compare', pair.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'data.json'), JSON.stringify(derivePairPage(catalogue, pair)));
    written++;
  }
  return written;
}
