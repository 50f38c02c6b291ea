/**
 * The build under hostile settings and faults (the real build on the seed
 * fixture): output folders that would destroy input, a catalogue larger than
 * the build supports, two builds into one output, what a dead build left, an
 * output that is a mount point, and a full disk (a small tmpfs, where the
 * test may mount one). Builds killed at each step: build-kill.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, siteDir } from '../support/build-site.ts';
import { SEED_FIXTURE } from '../support/fixture-catalogue.ts';
import { canMount, mountTmpfs, unmount } from '../support/tmpfs.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-build-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const OK = ['index.html', 'compare/mistral-small-4-vs-mimo-v2-pro/index.html'];
const built = (out: string) =>
  OK.every((f) => existsSync(path.join(siteDir(out), f))) &&
  existsSync(path.join(out, 'server', 'entry.mjs'));

function dataCopy(name: string): string {
  const dir = path.join(work, name);
  cpSync(SEED_FIXTURE, dir, { recursive: true });
  return dir;
}

describe('an output folder that would destroy input', () => {
  it('is refused before anything is written: the data folder, inside it, around it, the project, a checkout', () => {
    const data = dataCopy('data');
    const checkout = path.join(work, 'checkout');
    mkdirSync(checkout);
    spawnSync('git', ['init', '-q', checkout]);
    const project = path.join(work, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{}');
    const cases: [string, RegExp][] = [
      [data, /is the data folder/],
      [path.join(data, 'models'), /lies inside the data folder/],
      [work, /contains the data folder/],
      [ROOT, /is the project/],
      [path.dirname(ROOT), /contains the project/],
      [path.join(ROOT, 'src'), /project's own src\/ folder/],
      [checkout, /holds a version-control checkout/],
      [path.join(checkout, 'site'), /lies inside the version-control checkout/],
      [project, /holds a package\.json/],
    ];
    const before = readdirSync(data, { recursive: true }).sort();
    for (const [out, message] of cases) {
      const run = runBuild(data, out);
      expect(run.status, out).toBe(1);
      expect(run.stderr, out).toMatch(message);
      expect(run.stderr, out).toContain('Nothing was written');
    }
    expect(readdirSync(data, { recursive: true }).sort()).toEqual(before);
    expect(existsSync(path.join(checkout, 'site'))).toBe(false);
    expect(readdirSync(project)).toEqual(['package.json']);
  });
});

describe('a catalogue larger than the build supports', () => {
  it('is refused right after validation with the count, the limit and the README section, in either scope; nothing is written', () => {
    const out = path.join(work, 'too-large', 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    for (const [scope, words] of [
      ['', 'a build prerendering the chosen pairs'],
      ['all', 'a build prerendering every pair \\(PRERENDER=all\\)'],
    ]) {
      // The seed fixture has 3 models; the test-only override lowers the limit to 2.
      const run = runBuild(SEED_FIXTURE, out, { PRERENDER: scope!, BUILD_TEST_MAX_MODELS: '2' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(
        new RegExp(
          `^Build refused: the catalogue has 3 models; ${words} supports at most 2 within its 1,024 MB heap \\(see README\\.md, "Catalogue size limits"\\)\\. Nothing was written; .*dist/ is unchanged\\.$`,
        ),
      );
    }
    expect(readdirSync(path.join(work, 'too-large'))).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
  });
});

describe('two builds into one output', () => {
  it('never interleave: the second refuses at once, naming the first, which finishes', async () => {
    const out = path.join(work, 'shared', 'dist');
    const first = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PRERENDER: 'all',
        DATA_DIR: SEED_FIXTURE,
        OUT_DIR: out,
        OG_IMAGES: 'off',
      },
      stdio: 'ignore',
    });
    const done = new Promise<number | null>((resolve) => first.once('exit', resolve));
    const lock = path.join(path.dirname(out), '.dist.build-lock');
    while (!existsSync(lock) || !readFileSync(lock, 'utf8'))
      await new Promise((resolve) => setTimeout(resolve, 20));
    const second = runBuild(SEED_FIXTURE, out, { OG_IMAGES: 'off' });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another build \(process \d+\) is writing/);
    expect(await done).toBe(0);
    expect(built(out)).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('take over the lock of a build that died, and remove what it left beside the output', () => {
    const out = path.join(work, 'dead', 'dist');
    mkdirSync(out, { recursive: true });
    // A pid that is not running: the largest a Linux system allows, plus one.
    writeFileSync(path.join(work, 'dead', '.dist.build-lock'), String(4_194_305));
    mkdirSync(path.join(work, 'dead', '.dist-incoming-1-1'));
    writeFileSync(path.join(work, 'dead', '.dist-incoming-1-1', 'half.html'), 'half written');
    const run = runBuild(SEED_FIXTURE, out, { OG_IMAGES: 'off' });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(path.join(work, 'dead'))).toEqual(['dist']);
    expect(built(out)).toBe(true);
  });
});

describe.skipIf(!canMount)(
  'output on another file system (an output that is a mount point: build-kill.test.ts)',
  () => {
    it('on a full disk fails with one line naming it, and leaves the previous output whole', () => {
      const disk = path.join(work, 'small-disk');
      expect(mountTmpfs(disk, '512k')).toBe(true);
      try {
        const out = path.join(disk, 'dist');
        mkdirSync(out);
        writeFileSync(path.join(out, 'index.html'), 'previous site');
        const run = runBuild(SEED_FIXTURE, out, { OG_IMAGES: 'off' });
        expect(run.status).toBe(1);
        expect(run.stderr.trim().split('\n').at(-1)).toMatch(
          /^Build failed: the disk is full .*; .*dist\/ is unchanged\.$/,
        );
        expect(readdirSync(disk)).toEqual(['dist']);
        expect(readdirSync(out)).toEqual(['index.html']);
        expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
      } finally {
        unmount(disk);
      }
    });
  },
);
