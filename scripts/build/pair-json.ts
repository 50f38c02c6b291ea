/**
 * Each pair's view model as /compare/<slug>/data.json, made beside the Astro
 * build instead of by it: a worker thread derives and writes them into a
 * staging folder on the second core while Astro renders the pages, then they
 * are moved next to their pages. As an Astro endpoint the same files cost a
 * second derivation of every pair on Astro's one rendering thread (+31% build
 * time at 11,175 pairs, npm run bench); this way they cost the moves.
 * The endpoint src/pages/compare/[pair]/data.json.ts still serves them in dev.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Catalogue } from '../../src/schemas/index.ts';

export interface PairJsonJob {
  /** Resolves with the number of files written once the worker is done. */
  done: Promise<number>;
  /** Moves every written file to <outDir>/compare/<slug>/data.json. */
  place(outDir: string): number;
  /** Stops the worker and removes the staging folder. */
  discard(): Promise<void>;
}

/**
 * Starts writing data.json for every pair (or only the slugs in `only`) of a validated catalogue,
 * which the worker receives as a structured clone (a few milliseconds, against a third of a second to load it again).
 */
export function startPairJson(catalogue: Catalogue, stagingDir: string, only?: string[]): PairJsonJob {
  mkdirSync(stagingDir, { recursive: true });
  // Its heap holds one catalogue and one pair's view model at a time: capped so that its garbage does not pile up beside Astro's.
  const worker = new Worker(new URL('./pair-json-worker.ts', import.meta.url), { workerData: { catalogue, stagingDir, only }, resourceLimits: { maxOldGenerationSizeMb: 160 } });
  const done = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`pair JSON worker exited with code ${code} before finishing`)));
  });
  done.catch(() => {}); // Awaited by the caller; this only keeps an early failure from being unhandled.
  return {
    done,
    place(outDir) {
      let moved = 0;
      for (const file of readdirSync(stagingDir)) {
        const slug = file.slice(0, -'.json'.length);
        const dir = path.join(outDir, 'compare', slug);
        mkdirSync(dir, { recursive: true });
        renameSync(path.join(stagingDir, file), path.join(dir, 'data.json'));
        moved++;
      }
      rmSync(stagingDir, { recursive: true, force: true });
      return moved;
    },
    async discard() {
      await worker.terminate();
      rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}
