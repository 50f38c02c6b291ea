/**
 * Rebuilds that cost what changed. A build leaves a manifest beside its
 * output (`.<out>.build.json`): the hash of the code that built it and the
 * content keys of every model, maker and provider (src/lib/pair-content-keys.ts).
 * The next build compares (src/lib/rebuild-plan.ts): when the code is the
 * same and the output is the one the manifest describes, Astro renders only
 * the pairs, reversed-pair redirects and model, maker and provider pages
 * whose keys changed or that are new, and every other one's folder (page,
 * data.json and image; redirect) is moved over from the previous output
 * instead of being rendered again. The home, index, sitemap, download and
 * 404 pages are always rendered. Any doubt
 * (no manifest, other code, other switches, an output folder replaced by
 * hand, `--clean`) means a clean build of everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { ContentKeys, ModelKey } from '../../src/lib/pair-content-keys.ts';
import { planRebuild, SECTIONS, type RebuildPlan } from '../../src/lib/rebuild-plan.ts';
import type { RenderSelection } from '../../src/lib/render-selection.ts';

const MANIFEST_VERSION = 5;
/** The environment that changes what pages say (the rest only says where things go). */
const OUTPUT_ENV = ['SITE_URL', 'OG_IMAGES', 'PAIR_JSON', 'SITEMAP_MAX_URLS'];
/** The files that make the pages: any change here and every page is rebuilt. */
const CODE = ['src/**', 'public/**', 'scripts/build.ts', 'scripts/build/**', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

export type { ContentKeys };

interface Manifest {
  version: number;
  code: string;
  /** Inode of the output folder this manifest describes. */
  outputInode: number;
  /** [model id, keys], in canonical pair order. */
  models: [string, ModelKey][];
  makers: [string, string][];
  providers: [string, string][];
}

export interface BuildPlan {
  /** Pages Astro renders; undefined for all of them (a clean build). */
  render: RenderSelection | undefined;
  /** Why the build is clean, or how much of it is reused. */
  summary: string;
  /** Folders of the previous output to remove, by section: of removed pairs (and their redirects), models, makers and providers. */
  stale: RebuildPlan['stale'];
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
export function planBuild(finalDir: string, code: string, keys: ContentKeys, clean: boolean): BuildPlan {
  const previous = clean ? undefined : readManifest(finalDir);
  const reason = clean ? '--clean' : !previous ? 'no previous build to reuse' : previous.code !== code ? 'code or settings changed' : undefined;
  if (!previous || reason) return { render: undefined, summary: `clean build (${reason})`, stale: { compare: [], models: [], makers: [], providers: [] } };
  const plan = planRebuild({ models: new Map(previous.models), makers: new Map(previous.makers), providers: new Map(previous.providers) }, keys);
  return { render: plan.selection, summary: plan.summary, stale: plan.stale };
}

/** The code hash of the build that made finalDir, when its manifest still describes it. */
export function previousCode(finalDir: string): string | undefined {
  return readManifest(finalDir)?.code;
}

function readManifest(finalDir: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(manifestPath(finalDir), 'utf8')) as Manifest;
    if (m.version !== MANIFEST_VERSION || statSync(finalDir).ino !== m.outputInode) return undefined;
    if (!SECTIONS.every((section) => existsSync(path.join(finalDir, section)))) return undefined;
    return m;
  } catch {
    return undefined;
  }
}

/**
 * Moves every kept pair, model, maker and provider folder from the previous output into the
 * fresh one, which holds only what was rendered now (fresh files win), and the
 * top-level entries named in `assets` that the fresh output lacks (the bundled
 * scripts and stylesheets and the public files, when Astro did not run). Called
 * once Astro has succeeded; the manifest is removed first, so an interrupted
 * move leads to a clean build next time. This is the one step that touches the
 * previous output before the swap: an I/O error here (a full disk) leaves it
 * without part of its section folders until the next build.
 */
export function carryOver(finalDir: string, freshDir: string, plan: BuildPlan, assets: string[] = []): void {
  if (!plan.render) return;
  rmSync(manifestPath(finalDir), { force: true });
  for (const name of assets) {
    if (existsSync(path.join(finalDir, name)) && !existsSync(path.join(freshDir, name))) renameSync(path.join(finalDir, name), path.join(freshDir, name));
  }
  for (const section of SECTIONS) {
    const kept = path.join(finalDir, section);
    for (const entry of plan.stale[section]) rmSync(path.join(kept, entry), { recursive: true, force: true });
    const fresh = path.join(freshDir, section);
    if (existsSync(fresh)) {
      for (const entry of readdirSync(fresh)) {
        rmSync(path.join(kept, entry), { recursive: true, force: true });
        renameSync(path.join(fresh, entry), path.join(kept, entry));
      }
      rmSync(fresh, { recursive: true });
    }
    renameSync(kept, fresh);
  }
}

/** Records what finalDir now holds. */
export function writeManifest(finalDir: string, code: string, keys: ContentKeys): void {
  const manifest: Manifest = { version: MANIFEST_VERSION, code, outputInode: statSync(finalDir).ino, models: [...keys.models], makers: [...keys.makers], providers: [...keys.providers] };
  writeFileSync(manifestPath(finalDir), JSON.stringify(manifest));
}
