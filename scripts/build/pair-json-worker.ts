/**
 * Worker thread of scripts/build/pair-json.ts: takes the validated catalogue, derives
 * each pair's view model and writes it as <staging>/<slug>.json. Posts the
 * number of files written when done.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { derivePairPage } from '../../src/lib/pair-page.ts';
import { allPairs } from '../../src/lib/pairs.ts';
import type { Catalogue } from '../../src/schemas/index.ts';

const { catalogue, stagingDir, only } = workerData as { catalogue: Catalogue; stagingDir: string; only?: string[] };
const wanted = only ? new Set(only) : undefined;
let written = 0;
for (const pair of allPairs(catalogue)) {
  if (wanted && !wanted.has(pair.slug)) continue;
  writeFileSync(path.join(stagingDir, `${pair.slug}.json`), JSON.stringify(derivePairPage(catalogue, pair)));
  written++;
}
parentPort!.postMessage(written);
