/**
 * `--rebuild`: one-record changes rebuilt in place. After the benchmark's
 * clean build, each change (a new price, an added model, a removed model,
 * applied in turn) is rebuilt into the same output folder, as `npm run build`
 * does on dist/ (scripts/build/incremental.ts), then built clean into a new
 * folder with --clean (which also parses every record again); the two
 * outputs are compared file by file.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { differingFiles } from './differing-files.ts';
import type { RunResult } from './measure.ts';

type BuildOnce = (data: string, label: string, args?: string[]) => Promise<{ run: RunResult; outDir: string }>;

export interface RebuildOptions {
  dataDir: string;
  cleanSeconds: number;
  buildOnce: BuildOnce;
  print: (line: string) => void;
}

export interface Change {
  name: string;
  apply(dataDir: string): void;
}

/** The changes, each on top of the previous one. */
export const CHANGES: Change[] = [
  {
    name: 'edited model record (context window of the first model)',
    apply(dir) {
      const file = path.join(dir, 'models', readdirSync(path.join(dir, 'models')).sort()[0]!);
      const text = readFileSync(file, 'utf8');
      const edited = text.replace(/^context_window: \d+$/m, 'context_window: 999000');
      writeFileSync(file, edited === text ? text.replace(/^kind: (.*)$/m, 'kind: $1\ncontext_window: 999000') : edited);
    },
  },
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

export interface RebuildFigure {
  change: string;
  seconds: number;
  cleanSeconds: number;
  identical: boolean;
}

export async function measureRebuild({ dataDir, cleanSeconds, buildOnce, print }: RebuildOptions): Promise<RebuildFigure[]> {
  const figures: RebuildFigure[] = [];
  const references: string[] = [];
  print(`rebuild: the clean build above took ${cleanSeconds.toFixed(2)} s; each change is rebuilt in place, then built clean into a new folder and compared`);
  let step = 0;
  for (const change of CHANGES) {
    step++;
    change.apply(dataDir);
    const inc = await buildOnce(dataDir, 'clean');
    // --clean: the reference also parses and validates every record again (src/loader/record-cache.ts).
    const clean = await buildOnce(dataDir, `reference-${step}`, ['--clean']);
    const diff = differingFiles(inc.outDir, clean.outDir);
    const plan = inc.run.stdout.split('\n').find((l) => l.startsWith('rebuild:') || l.startsWith('clean build')) ?? '?';
    print(`rebuild: ${change.name}: ${inc.run.seconds.toFixed(2)} s, ${((inc.run.seconds / clean.run.seconds) * 100).toFixed(1)}% of a clean build of the same data (${clean.run.seconds.toFixed(2)} s); ${plan.replace(/^rebuild: /, '')}; ` + (diff.length === 0 ? 'byte-identical to the clean build' : `${diff.length} files differ from the clean build, e.g. ${diff.slice(0, 4).join(', ')}`));
    figures.push({ change: change.name, seconds: inc.run.seconds, cleanSeconds: clean.run.seconds, identical: diff.length === 0 });
    references.push(clean.outDir);
  }
  // Removed only now: deleting tens of thousands of files slows this disk's next writes for minutes.
  for (const dir of references) rmSync(dir, { recursive: true, force: true });
  return figures;
}
