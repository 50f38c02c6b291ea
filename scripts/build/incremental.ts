/**
 * Rebuilds that cost what changed. A build leaves a manifest beside its
 * output (`.<out>.build.json`): the hash of the code that built it and the
 * content key of every pair (src/lib/pair-content-keys.ts). The next build
 * compares: when the code is the same and the output is the one the manifest
 * describes, Astro renders only the pairs whose key changed or that are new,
 * and every other pair's folder (page, redirect, data.json, image) is moved
 * over from the previous output instead of being rendered again. Any doubt
 * (no manifest, other code, other switches, an output folder replaced by
 * hand, `--clean`) means a clean build of everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { PairKey } from '../../src/lib/pair-content-keys.ts';

const MANIFEST_VERSION = 1;
/** The environment that changes what pages say (the rest only says where things go). */
const OUTPUT_ENV = ['SITE_URL', 'OG_IMAGES', 'PAIR_JSON', 'SITEMAP_MAX_URLS'];
/** The files that make the pages: any change here and every page is rebuilt. */
const CODE = ['src/**', 'public/**', 'scripts/build.ts', 'scripts/build/**', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

interface Manifest {
  version: number;
  code: string;
  /** Inode of the output folder this manifest describes. */
  outputInode: number;
  pairs: Record<string, PairKey>;
}

export interface BuildPlan {
  /** Pairs Astro renders; undefined for all of them (a clean build). */
  render: ReadonlySet<string> | undefined;
  /** Why the build is clean, or how much of it is reused. */
  summary: string;
  /** Folders of the previous output to remove: of changed, added (a flipped name order) and removed pairs, with their redirects. */
  stale: string[];
}

/** Hash of the code and the output switches. */
export function codeHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  for (const file of fg.sync(CODE, { cwd: root, dot: true, onlyFiles: true }).sort()) {
    h.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  }
  for (const name of OUTPUT_ENV) h.update(`${name}=${env[name] ?? ''}\0`);
  return h.digest('hex');
}

export function manifestPath(finalDir: string): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.build.json`);
}

/** What to render, given the previous manifest (if it still describes finalDir). */
export function planBuild(finalDir: string, code: string, keys: ReadonlyMap<string, PairKey>, clean: boolean): BuildPlan {
  const previous = clean ? undefined : readManifest(finalDir);
  const reason = clean ? '--clean' : !previous ? 'no previous build to reuse' : previous.code !== code ? 'code or settings changed' : undefined;
  if (!previous || reason) return { render: undefined, summary: `clean build (${reason})`, stale: [] };
  const render = new Set<string>();
  const stale: string[] = [];
  for (const [slug, { key, reversed }] of keys) {
    if (previous.pairs[slug]?.key === key) continue;
    render.add(slug);
    stale.push(slug, reversed);
  }
  let removed = 0;
  for (const [slug, { reversed }] of Object.entries(previous.pairs)) {
    if (keys.has(slug)) continue;
    stale.push(slug, reversed);
    removed++;
  }
  return { render, summary: `rebuild: ${render.size} of ${keys.size} pairs rendered, ${keys.size - render.size} kept, ${removed} removed`, stale };
}

function readManifest(finalDir: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(manifestPath(finalDir), 'utf8')) as Manifest;
    if (m.version !== MANIFEST_VERSION || statSync(finalDir).ino !== m.outputInode) return undefined;
    if (!existsSync(path.join(finalDir, 'compare'))) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/**
 * Moves every kept pair folder from the previous output into the fresh one,
 * which holds only the pairs rendered now. Called once Astro has succeeded;
 * the manifest is removed first, so an interrupted move leads to a clean build.
 */
export function carryOverPairs(finalDir: string, freshDir: string, plan: BuildPlan): void {
  if (!plan.render) return;
  rmSync(manifestPath(finalDir), { force: true });
  const kept = path.join(finalDir, 'compare');
  for (const slug of plan.stale) rmSync(path.join(kept, slug), { recursive: true, force: true });
  const fresh = path.join(freshDir, 'compare');
  if (existsSync(fresh)) {
    for (const entry of readdirSync(fresh)) renameSync(path.join(fresh, entry), path.join(kept, entry));
    rmSync(fresh, { recursive: true });
  }
  renameSync(kept, fresh);
}

/** Records what finalDir now holds. */
export function writeManifest(finalDir: string, code: string, keys: ReadonlyMap<string, PairKey>): void {
  const manifest: Manifest = { version: MANIFEST_VERSION, code, outputInode: statSync(finalDir).ino, pairs: Object.fromEntries(keys) };
  writeFileSync(manifestPath(finalDir), JSON.stringify(manifest));
}
