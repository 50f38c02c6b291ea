/**
 * The build's data thread, seen from the main thread. While the main thread
 * loads Astro and Astro bundles the pages, a worker thread
 * (scripts/build/data-thread.ts) loads and validates the catalogue, hashes
 * every page's content and plans the build (clean, or a
 * rebuild of what changed: scripts/build/incremental.ts). Pages wait for its
 * answer before they list a single path, so bad data still stops the build
 * before any page is written. Then the same thread derives each rendered
 * pair's data.json and writes it into the pair's folder of the fresh
 * output, on the second core, while Astro renders the pages there (Astro is
 * told not to empty that folder, which the build has just made); as an
 * Astro endpoint the same files cost a second derivation of every pair on
 * Astro's one rendering thread (+31% build time at 11,175 pairs, npm run bench).
 * It writes the reversed-pair redirect pages there too: as Astro pages they
 * took 16.6 s of a 107 s build at 317 models (50,086 of them).
 */
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
  /** The hash of the code and settings (scripts/build/incremental.ts codeHash). */
  code: string;
  /** The fresh output folder: each rendered pair's compare/<slug>/data.json and each redirect's compare/<b>-vs-<a>/index.html are written into it. */
  outDir: string;
  /** false for PAIR_JSON=off: no data.json. */
  pairJson: boolean;
}

/** A valid catalogue and the plan made from it. */
export interface DataReady {
  catalogue: Catalogue;
  code: string;
  keys: ContentKeys;
  plan: BuildPlan;
  /** Seconds from the thread's start to this answer. */
  seconds: number;
  /** Record files taken unchanged from the last build's record cache, and record files parsed and validated now. */
  records: { reused: number; validated: number };
}

/** What the data thread wrote into the output folder. */
export interface Written {
  json: number;
  redirects: number;
}

export type DataMessage = { type: 'problems'; problems: Problem[] } | ({ type: 'ready' } & DataReady) | ({ type: 'written' } & Written);

export interface DataJob {
  /** The thread's first answer: every problem of the catalogue, or the valid catalogue and the plan. */
  outcome: Promise<{ problems: Problem[] } | { ready: DataReady }>;
  /** Resolves once every data.json and redirect page is written. */
  written: Promise<Written>;
  /** Stops the thread (before its output folder is removed). */
  discard(): Promise<void>;
}

export function startDataJob(input: DataJobInput): DataJob {
  // Its heap holds the catalogue, the content keys and one pair's view model at a time:
  // capped so that its garbage does not pile up beside Astro's.
  const worker = new Worker(new URL('./data-thread.ts', import.meta.url), { workerData: input, env: { ...process.env }, resourceLimits: { maxOldGenerationSizeMb: 200 } });
  let answer!: (value: { problems: Problem[] } | { ready: DataReady }) => void;
  let wrote!: (counts: Written) => void;
  let fail!: (error: Error) => void;
  const outcome = new Promise<{ problems: Problem[] } | { ready: DataReady }>((resolve, reject) => ((answer = resolve), (fail = reject)));
  const written = new Promise<Written>((resolve, reject) => {
    wrote = resolve;
    outcome.catch(reject);
  });
  worker.on('message', (m: DataMessage) => {
    if (m.type === 'problems') answer({ problems: m.problems });
    else if (m.type === 'ready') {
      const { type: _, ...ready } = m;
      answer({ ready });
    } else wrote({ json: m.json, redirects: m.redirects });
  });
  worker.once('error', (e) => fail(e));
  worker.once('exit', (code) => fail(new Error(`the build's data thread exited with code ${code} before finishing`)));
  // Awaited by the caller; these only keep an early failure from being unhandled.
  outcome.catch(() => {});
  written.catch(() => {});
  return {
    outcome,
    written,
    async discard() {
      await worker.terminate();
    },
  };
}
