/**
 * A build killed (SIGKILL) at each of its steps, stopped there by the
 * test-only BUILD_PAUSE_AT (scripts/builder/pause-point.ts): each time the
 * previous output stays whole, byte for byte (pages, /_astro/ assets,
 * _headers, the server), and is served; the next build removes what the dead
 * one left and succeeds. Where the test may mount a tmpfs, the same in the
 * middle of a swap into an output that is a mount point. The seed fixture,
 * every pair prerendered.
 */
import { spawn } from 'node:child_process';
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
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lockOutput } from '../../scripts/builder/output-lock.ts';
import type { PauseStep } from '../../scripts/builder/pause-point.ts';
import { startServer, type RunningServer } from '../../scripts/serve/run-server.ts';
import { ROOT, runBuild } from '../support/build-site.ts';
import { SEED_FIXTURE } from '../support/fixture-catalogue.ts';
import { canMount, mountTmpfs, unmount } from '../support/tmpfs.ts';
import { treeSnapshot } from '../support/tree-snapshot.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-build-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const out = path.join(work, 'dist');
const PAIR = 'compare/mistral-small-4-vs-mimo-v2-pro/index.html';
const SLOTS = path.join(ROOT, '.astro', 'builds');
const killed: number[] = [];

const snapshot = treeSnapshot;

let good: Record<string, string>;
let server: RunningServer;
beforeAll(async () => {
  // The previous good output: the seed build made once for the whole run (tests/support/global-setup.ts).
  cpSync(inject('seedOut'), out, { recursive: true });
  good = snapshot(out);
  const names = Object.keys(good);
  expect(names).toContain(path.join('client', PAIR));
  expect(names).toContain(path.join('client', '_headers'));
  expect(names).toContain(path.join('server', 'entry.mjs'));
  expect(names.some((f) => f.startsWith(path.join('client', '_astro')))).toBe(true);
  server = await startServer(out);
});
afterAll(() => server?.stop());

/** Starts the real build, waits until it pauses at `step`, kills its process group and returns its pid. */
async function killAt(step: PauseStep, outDir = out): Promise<number> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PRERENDER: 'all',
      DATA_DIR: SEED_FIXTURE,
      OUT_DIR: outDir,
      BUILD_PAUSE_AT: step,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (_, signal) => resolve(signal)));
  while (!stderr.includes(`build paused at ${step}`)) {
    if (child.exitCode !== null) throw new Error(`the build ended before ${step}:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(-child.pid!, 'SIGKILL');
  expect(await exited).toBe('SIGKILL');
  killed.push(child.pid!);
  return child.pid!;
}

/**
 * The previous output is whole, byte for byte, and served: a pair page, an
 * asset, the _headers' policy, by a server started on it before the kills
 * (as a live site's would be).
 */
async function expectWholeAndServed(): Promise<void> {
  expect(snapshot(out)).toEqual(good);
  const base = `http://127.0.0.1:${server.port}`;
  const page = await fetch(`${base}/${PAIR.replace(/index\.html$/, '')}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toBe(readFileSync(path.join(out, 'client', PAIR), 'utf8'));
  expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors/);
  const css = Object.keys(good).find((f) => /client\/_astro\/.*\.css$/.test(f))!;
  const asset = await fetch(`${base}/${path.relative('client', css)}`);
  expect(asset.status).toBe(200);
}

const beside = () => readdirSync(work).sort();
const slotsOf = (pid: number) =>
  readdirSync(SLOTS).filter(
    (e) => e.endsWith('.lock') && readFileSync(path.join(SLOTS, e), 'utf8') === String(pid),
  );

describe('a build killed', () => {
  it('while validating leaves its lock and nothing else', async () => {
    const pid = await killAt('validate');
    expect(readFileSync(path.join(work, '.dist.build-lock'), 'utf8')).toBe(String(pid));
    expect(beside()).toEqual(['.dist.build-lock', 'dist']);
    await expectWholeAndServed();
  });

  it('in the middle of the Astro build leaves pages in its work slot only', async () => {
    const pid = await killAt('astro-build');
    const [slot] = slotsOf(pid);
    expect(slot).toBeDefined();
    const site = path.join(SLOTS, slot!.replace(/\.lock$/, ''), 'site');
    expect(existsSync(path.join(site, 'client', PAIR))).toBe(true);
    expect(beside()).toEqual(['.dist.build-lock', 'dist']);
    await expectWholeAndServed();
  });

  it('in the middle of the swap leaves the output moved aside, whole; npm start puts it back', async () => {
    await killAt('publish-swap');
    const old = beside().filter((e) => e.startsWith('.dist-old-'));
    expect(old).toHaveLength(1);
    // The new site, complete, waits beside it to be moved in.
    const incoming = beside().filter((e) => e.startsWith('.dist-incoming-'));
    expect(incoming).toHaveLength(1);
    expect(existsSync(path.join(work, incoming[0]!, 'client', PAIR))).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(snapshot(path.join(work, old[0]!))).toEqual(good);
    await server.stop();
    server = await startServer(out);
    expect(server.output()).toMatch(/was left half-published by a build that died/);
    await expectWholeAndServed();
    expect(beside().filter((e) => e.startsWith('.dist-old-'))).toEqual([]);
  });

  it('leaves nothing after the next build, which succeeds with the same site', () => {
    const run = runBuild(SEED_FIXTURE, out);
    expect(run.status, run.stderr).toBe(0);
    expect(beside()).toEqual(['dist']);
    for (const pid of killed) expect(slotsOf(pid)).toEqual([]);
    // The pages and assets byte for byte; the server's modules by name only, their hashes aside:
    // Astro writes the absolute path of the work slot the build ran in into some of them.
    const again = snapshot(out);
    const part = (tree: Record<string, string>, dir: string) =>
      Object.fromEntries(Object.entries(tree).filter(([f]) => f.startsWith(dir + path.sep)));
    expect(part(again, 'client')).toEqual(part(good, 'client'));
    const modules = (tree: Record<string, string>) =>
      Object.keys(part(tree, 'server'))
        .map((f) => f.replace(/_[\w-]{8}\.mjs$/, '.mjs'))
        .sort();
    expect(modules(again)).toEqual(modules(good));
    expect(modules(good)).toContain(path.join('server', 'entry.mjs'));
  });
});

describe.skipIf(!canMount)('a build killed half way through its swap into a mount point', () => {
  it('leaves it half swapped; npm start puts the previous site back whole; the next build works', async () => {
    const volume = path.join(work, 'volume');
    expect(mountTmpfs(volume, '256m')).toBe(true);
    try {
      cpSync(inject('seedOut'), volume, { recursive: true });
      await killAt('publish-swap', volume);
      const left = readdirSync(volume);
      expect(left.filter((e) => /^\.old-.*-whole$/.test(e))).toHaveLength(1);
      expect(left.filter((e) => e.startsWith('.incoming-'))).toHaveLength(1);
      // One entry of the new site is in, the other still waits in .incoming-*.
      expect(left.filter((e) => !e.startsWith('.'))).toHaveLength(1);
      const started = await startServer(volume);
      try {
        expect(started.output()).toMatch(/was left half-published by a build that died/);
        const site = Object.entries(snapshot(volume)).filter(([f]) => !f.startsWith('.'));
        expect(Object.fromEntries(site)).toEqual(good);
        const page = await fetch(
          `http://127.0.0.1:${started.port}/${PAIR.replace(/index\.html$/, '')}`,
        );
        expect(page.status).toBe(200);
      } finally {
        await started.stop();
      }
      writeFileSync(path.join(volume, 'stale.txt'), 'not part of any build');
      const run = runBuild(SEED_FIXTURE, volume, { OG_IMAGES: 'off' });
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(volume).sort()).toEqual(['client', 'server']);
      expect(existsSync(path.join(volume, 'client', PAIR))).toBe(true);
    } finally {
      unmount(volume);
    }
  });
});

describe('the lock of the next build', () => {
  it('puts back an output a build moved aside and died holding, and removes the rest', () => {
    const dir = path.join(work, 'aside');
    const finalDir = path.join(dir, 'site');
    for (const [name, text] of [
      ['.site-old-1700000000000-4194305/client/index.html', 'the last good site'],
      ['.site-incoming-1700000000000-4194305/client/index.html', 'the unfinished one'],
      ['.site.build-lock', '4194305'],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const lock = lockOutput(finalDir);
    expect('release' in lock).toBe(true);
    expect(readFileSync(path.join(finalDir, 'client', 'index.html'), 'utf8')).toBe(
      'the last good site',
    );
    expect(readdirSync(dir).sort()).toEqual(['.site.build-lock', 'site']);
    if ('release' in lock) lock.release();
  });
});
