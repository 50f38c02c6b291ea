/**
 * Kept page bundles (scripts/build/page-bundle.ts): Astro's bundle is taken
 * before Astro deletes it, stored under its code hash once, found by the next
 * build of that code, and bundles of other code are pruned. The rendering
 * from a bundle is proved against clean builds in
 * tests/pages/incremental-build.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleDir, bundlesDir, findBundle, keepBundleIntegration, storeBundle } from '../../scripts/build/page-bundle.ts';

let root: string;
beforeEach(() => void (root = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-bundle-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A staged bundle as Astro leaves it: an entry module and a chunk. */
function stage(name: string, marker: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'chunks'), { recursive: true });
  writeFileSync(path.join(dir, 'prerender-entry.Ab_12-c.mjs'), `export const marker = '${marker}';\n`);
  writeFileSync(path.join(dir, 'chunks', 'page_x1.mjs'), '');
  return dir;
}

const code = (n: number) => String(n).padEnd(64, 'a');
const DAY = 24 * 3600_000;

describe('kept page bundles', () => {
  it('are taken from where Astro leaves them once the pages are written', () => {
    const work = path.join(root, 'work');
    mkdirSync(path.join(work, '.astro', '.prerender'), { recursive: true });
    writeFileSync(path.join(work, '.astro', '.prerender', 'prerender-entry.x.mjs'), 'x');
    const staging = path.join(work, 'page-bundle');
    const hook = keepBundleIntegration(work, staging).hooks['astro:build:generated'];
    hook();
    expect(readFileSync(path.join(staging, 'prerender-entry.x.mjs'), 'utf8')).toBe('x');
    expect(existsSync(path.join(work, '.astro', '.prerender'))).toBe(false);
    // A build that rendered nothing has no bundle to take: no error.
    expect(() => hook()).not.toThrow();
  });

  it('are stored once per code and found by the next build of that code only', () => {
    expect(findBundle(root, code(1))).toBeUndefined();
    storeBundle(root, stage('first', 'first'), code(1));
    expect(findBundle(root, code(1))).toBe(path.join(bundleDir(root, code(1)), 'prerender-entry.Ab_12-c.mjs'));
    expect(findBundle(root, code(2))).toBeUndefined();
    // Another build of the same code keeps the bundle already stored.
    storeBundle(root, stage('second', 'second'), code(1));
    expect(readFileSync(findBundle(root, code(1))!, 'utf8')).toContain("'first'");
    // No staged bundle (the build rendered from a kept one): nothing changes.
    storeBundle(root, path.join(root, 'missing'), code(3));
    expect(readdirSync(bundlesDir(root))).toEqual([bundleDir(root, code(1)).split(path.sep).pop()]);
  });

  it('that cannot be kept are reported, and the build goes on', () => {
    mkdirSync(path.dirname(bundlesDir(root)), { recursive: true });
    writeFileSync(bundlesDir(root), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => storeBundle(root, stage('first', 'first'), code(1))).not.toThrow();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^The page bundle could not be kept in .*; the next rebuild will start Astro\.$/));
    } finally {
      warn.mockRestore();
    }
    expect(findBundle(root, code(1))).toBeUndefined();
  });

  it('without an entry module are not found', () => {
    mkdirSync(path.join(bundleDir(root, code(4)), 'chunks'), { recursive: true });
    expect(findBundle(root, code(4))).toBeUndefined();
  });

  it('of other code are pruned when unused for a day', () => {
    for (const i of [1, 2]) storeBundle(root, stage(`b${i}`, String(i)), code(i));
    const old = new Date(Date.now() - 2 * DAY);
    utimesSync(bundleDir(root, code(1)), old, old);
    storeBundle(root, stage('b3', '3'), code(3));
    expect(readdirSync(bundlesDir(root)).sort()).toEqual([code(2), code(3)].map((c) => path.basename(bundleDir(root, c))).sort());
  });

  it('of other code are pruned beyond the eight used last', () => {
    for (let i = 1; i <= 10; i++) {
      storeBundle(root, stage(`b${i}`, String(i)), code(i));
      // A minute apart, 10 the latest.
      const when = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(bundleDir(root, code(i)), when, when);
    }
    storeBundle(root, stage('b11', '11'), code(11));
    const kept = readdirSync(bundlesDir(root)).sort();
    expect(kept).toEqual([4, 5, 6, 7, 8, 9, 10, 11].map((i) => path.basename(bundleDir(root, code(i)))).sort());
    // Finding a bundle marks it as used.
    const before = statSync(bundleDir(root, code(5))).mtimeMs;
    findBundle(root, code(5));
    expect(statSync(bundleDir(root, code(5))).mtimeMs).toBeGreaterThan(before);
  });
});
