/**
 * `--rebuild`: Astro's experimental incremental build on a one-record change.
 * Primes a cache with a full incremental build, then for each change (a new
 * price, an added model, a removed model, applied in turn) rebuilds with the
 * cache and builds clean without it, and compares the two outputs file by
 * file. Pages are only skipped when their route returns a `cacheKey` from
 * getStaticPaths; the figures say how many were.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { RunResult } from './measure.ts';

type BuildOnce = (data: string, label: string, extraEnv?: Record<string, string>) => Promise<{ run: RunResult; outDir: string }>;

export interface RebuildOptions {
  work: string;
  dataDir: string;
  cleanSeconds: number;
  buildOnce: BuildOnce;
  print: (line: string) => void;
}

export interface Change {
  name: string;
  apply(dataDir: string): void;
}

/** The three changes, each on top of the previous one. */
export const CHANGES: Change[] = [
  {
    name: 'changed price (one provider record: a new dated price on its first priced route)',
    apply(dir) {
      const file = path.join(dir, 'providers', readdirSync(path.join(dir, 'providers')).sort()[0]!);
      const text = readFileSync(file, 'utf8');
      const at = text.indexOf('    prices:\n');
      if (at < 0) throw new Error(`no priced route in ${file}`);
      // prices is the last key of a generated route: the new, latest price goes at the end of its list.
      const end = text.indexOf('\n  - model:', at + 1);
      const head = end < 0 ? text.trimEnd() : text.slice(0, end);
      const tail = end < 0 ? '\n' : text.slice(end);
      writeFileSync(file, `${head}\n      - seen: 2025-12-31\n        input: 0.123\n        output: 0.456${tail}`);
    },
  },
  {
    name: 'added model',
    apply(dir) {
      const maker = readdirSync(path.join(dir, 'makers')).sort()[0]!.replace(/\.yaml$/, '');
      writeFileSync(path.join(dir, 'models', 'zz-bench-added-model.yaml'), `name: Zz Bench Added Model\nmaker: ${maker}\nkind: language\ncontext_window: 128000\nsources:\n  - https://example.com/zz\nreviewed: 2025-12-01\n`);
    },
  },
  {
    name: 'removed model (one no route serves)',
    apply(dir) {
      rmSync(path.join(dir, 'models', 'zz-bench-added-model.yaml'));
    },
  },
];

/** Relative paths of the files that differ between two trees (or exist in one only). */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) => new Set(fg.sync('**/*', { cwd: dir, dot: true, onlyFiles: true }));
  const fa = list(a);
  const fb = list(b);
  const out: string[] = [];
  for (const f of new Set([...fa, ...fb])) {
    if (!fa.has(f) || !fb.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push(f);
  }
  return out.sort();
}

export async function measureRebuild({ work, dataDir, cleanSeconds, buildOnce, print }: RebuildOptions): Promise<void> {
  const cache = { INCREMENTAL_CACHE_DIR: path.join(work, 'incremental-cache') };
  const prime = await buildOnce(dataDir, 'incremental-prime', cache);
  print(`rebuild: priming incremental build ${prime.run.seconds.toFixed(2)} s (clean build ${cleanSeconds.toFixed(2)} s)`);
  rmSync(prime.outDir, { recursive: true, force: true });
  let step = 0;
  for (const change of CHANGES) {
    step++;
    change.apply(dataDir);
    const inc = await buildOnce(dataDir, `incremental-${step}`, cache);
    const clean = await buildOnce(dataDir, `clean-${step}`);
    const diff = differingFiles(inc.outDir, clean.outDir);
    print(`rebuild: ${change.name}: incremental ${inc.run.seconds.toFixed(2)} s (${((inc.run.seconds / clean.run.seconds) * 100).toFixed(0)}% of the clean build's ${clean.run.seconds.toFixed(2)} s); ` + (diff.length === 0 ? 'byte-identical to the clean build' : `${diff.length} files differ from the clean build, e.g. ${diff.slice(0, 4).join(', ')}`));
    rmSync(inc.outDir, { recursive: true, force: true });
    rmSync(clean.outDir, { recursive: true, force: true });
  }
}
