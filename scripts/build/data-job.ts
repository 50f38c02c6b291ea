/**
 * The build's data thread, seen from the main thread. While the main thread
 * loads Astro and Astro bundles the pages, a worker thread
 * (scripts/build/data-thread.ts) loads and validates the catalogue, hashes
 * the code and every page's content and plans the build (clean, or a
 * rebuild of what changed: scripts/build/incremental.ts). Pages wait for its
 * answer before they list a single path, so bad data still stops the build
 * before any page is written. Then the same thread derives each rendered
 * pair's data.json into a staging folder, on the second core, while Astro
 * renders the pages; as an Astro endpoint the same files cost a second
 * derivation of every pair on Astro's one rendering thread (+31% build time
 * at 11,175 pairs, npm run bench); this way they cost the moves.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/loader/problem.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import type { BuildPlan, ContentKeys } from './incremental.ts';

export interface DataJobInput {
  /** Absolute data directory. */
  dataDir: string;
  /** The working directory that problems name files relative to. */
  cwd: string;
  root: string;
  /** The output folder the build replaces, whose manifest plans a rebuild. */
  finalDir: string;
  /** true for `--clean`. */
  clean: boolean;
  /** Where each rendered pair's data.json is written as <slug>.json; none when PAIR_JSON=off. */
  stagingDir: string | undefined;
}

/** A valid catalogue and the plan made from it. */
export interface DataReady {
  catalogue: Catalogue;
  code: string;
  keys: ContentKeys;
  plan: BuildPlan;
  /** Seconds from the thread's start to this answer. */
  seconds: number;
}

export type DataMessage = { type: 'problems'; problems: Problem[] } | ({ type: 'ready' } & DataReady) | { type: 'json'; written: number };

export interface DataJob {
  /** The thread's first answer: every problem of the catalogue, or the valid catalogue and the plan. */
  outcome: Promise<{ problems: Problem[] } | { ready: DataReady }>;
  /** Resolves once every data.json is written (at once when none are). */
  json: Promise<number>;
  /** Moves every written data.json to <outDir>/compare/<slug>/data.json. */
  place(outDir: string): number;
  /** Stops the thread and removes the staging folder. */
  discard(): Promise<void>;
}

export function startDataJob(input: DataJobInput): DataJob {
  if (input.stagingDir) mkdirSync(input.stagingDir, { recursive: true });
  // Its heap holds the catalogue, the content keys and one pair's view model at a time:
  // capped so that its garbage does not pile up beside Astro's.
  const worker = new Worker(new URL('./data-thread.ts', import.meta.url), { workerData: input, env: { ...process.env }, resourceLimits: { maxOldGenerationSizeMb: 200 } });
  let answer!: (value: { problems: Problem[] } | { ready: DataReady }) => void;
  let written!: (count: number) => void;
  let fail!: (error: Error) => void;
  const outcome = new Promise<{ problems: Problem[] } | { ready: DataReady }>((resolve, reject) => ((answer = resolve), (fail = reject)));
  const json = new Promise<number>((resolve, reject) => {
    written = resolve;
    outcome.catch(reject);
  });
  worker.on('message', (m: DataMessage) => {
    if (m.type === 'problems') answer({ problems: m.problems });
    else if (m.type === 'ready') {
      const { type: _, ...ready } = m;
      answer({ ready });
      if (!input.stagingDir) written(0);
    } else written(m.written);
  });
  worker.once('error', (e) => fail(e));
  worker.once('exit', (code) => fail(new Error(`the build's data thread exited with code ${code} before finishing`)));
  // Awaited by the caller; these only keep an early failure from being unhandled.
  outcome.catch(() => {});
  json.catch(() => {});
  return {
    outcome,
    json,
    place(outDir) {
      if (!input.stagingDir) return 0;
      let moved = 0;
      for (const file of readdirSync(input.stagingDir)) {
        const dir = path.join(outDir, 'compare', file.slice(0, -'.json'.length));
        mkdirSync(dir, { recursive: true });
        renameSync(path.join(input.stagingDir, file), path.join(dir, 'data.json'));
        moved++;
      }
      rmSync(input.stagingDir, { recursive: true, force: true });
      return moved;
    },
    async discard() {
      await worker.terminate();
      if (input.stagingDir) rmSync(input.stagingDir, { recursive: true, force: true });
    },
  };
}
