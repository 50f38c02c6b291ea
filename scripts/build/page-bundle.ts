/**
 * The page bundle a build leaves for the next one. Astro bundles the pages
 * with Vite (its "prerender" build: our components and libraries and Astro's
 * runtime, about 50 files) before it renders them, and deletes the bundle
 * once the pages are written. A build keeps it instead, under
 * `.cache/page-bundle/<code hash>/`: the next build with the same code (the
 * same hash of src/, public/, the build scripts, the config, the lockfile and
 * the output switches: scripts/build/incremental.ts) renders the pages it has
 * to render from it (scripts/build/render-from-bundle.ts) without starting
 * Astro or Vite at all.
 *
 * The bundle is taken by an Astro integration at `astro:build:generated`,
 * after the last page is written and before Astro deletes it, and stored
 * under its code hash only once the build has succeeded. A bundle of other
 * code is deleted when unused for a day, or when eight were used after it.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/** Bundles kept at most (the one just stored and the others used last). */
const KEEP = 8;
/** A bundle of other code unused for this long is deleted, however few are kept. */
const UNUSED_MS = 24 * 3600_000;

/** The folder of the bundles: one folder per code hash. */
export function bundlesDir(root: string): string {
  return path.join(root, '.cache', 'page-bundle');
}

/** Where the bundle of `code` is kept. */
export function bundleDir(root: string, code: string): string {
  return path.join(bundlesDir(root), code.slice(0, 32));
}

/**
 * The entry module of the bundle kept for `code`, or undefined when there is
 * none. Marks the bundle as used (its folder's time), so pruning keeps it.
 */
export function findBundle(root: string, code: string): string | undefined {
  const dir = bundleDir(root, code);
  let entry: string | undefined;
  try {
    entry = readdirSync(dir).find((f) => /^prerender-entry\.[\w-]+\.mjs$/.test(f));
  } catch {
    return undefined;
  }
  if (!entry) return undefined;
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // A cache that cannot be written is still read.
  }
  return path.join(dir, entry);
}

/**
 * An Astro integration that moves Astro's page bundle to `staging` once every
 * page is written (Astro then finds nothing to delete). Astro puts it in
 * `<working directory>/.astro/.prerender/` when the output folder is outside
 * the working directory, as it always is here (scripts/build/work-dir.ts).
 */
export function keepBundleIntegration(workDir: string, staging: string) {
  return {
    name: 'llm-compare:keep-page-bundle',
    hooks: {
      'astro:build:generated': () => {
        const bundle = path.join(workDir, '.astro', '.prerender');
        if (existsSync(bundle)) renameSync(bundle, staging);
      },
    },
  };
}

/**
 * Stores the staged bundle of a successful build under its code hash (unless
 * one is there already: another build of the same code) and prunes old ones.
 * Never fails the build: a bundle that cannot be kept (say .cache/ is on
 * another disk, or read-only) is reported, and the next rebuild starts Astro.
 */
export function storeBundle(root: string, staging: string, code: string): void {
  if (!existsSync(staging)) return;
  try {
    store(root, staging, code);
  } catch (error) {
    console.warn(`The page bundle could not be kept in ${bundlesDir(root)} (${error}); the next rebuild will start Astro.`);
  }
}

function store(root: string, staging: string, code: string): void {
  const dir = bundleDir(root, code);
  mkdirSync(bundlesDir(root), { recursive: true });
  if (!existsSync(dir)) {
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another build of the same code stored its bundle first.
      if (!existsSync(dir)) throw error;
    }
  }
  prune(root, dir);
}

function prune(root: string, current: string): void {
  const dirs = readdirSync(bundlesDir(root))
    .map((name) => path.join(bundlesDir(root), name))
    .filter((dir) => dir !== current)
    .map((dir) => ({ dir, used: statSync(dir).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  const now = Date.now();
  dirs.forEach(({ dir, used }, i) => {
    if (i >= KEEP - 1 || now - used > UNUSED_MS) rmSync(dir, { recursive: true, force: true });
  });
}
