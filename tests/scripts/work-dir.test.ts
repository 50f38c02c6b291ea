/**
 * Build working directories: builds at once get different slots, a build
 * after another reuses the same path (so Node's compile cache hits), a
 * slot left locked by a process that is gone is taken over, and every other
 * dead slot is freed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeWorkDir } from '../../scripts/builder/work-dir.ts';

let root: string;
beforeEach(() => void (root = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-workdir-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build working directories', () => {
  it('are apart for builds at once and the same path for one build after another', () => {
    const first = takeWorkDir(root);
    const second = takeWorkDir(root);
    expect(first.path).not.toBe(second.path);
    expect(existsSync(first.path) && existsSync(second.path)).toBe(true);
    first.release();
    expect(existsSync(first.path)).toBe(false);
    const third = takeWorkDir(root);
    expect(third.path).toBe(first.path);
    second.release();
    third.release();
    expect(takeWorkDir(root).path).toBe(first.path);
  });

  it('take over the slot of a build whose process is gone, emptied of what it left', () => {
    const builds = path.join(root, '.astro', 'builds');
    mkdirSync(path.join(builds, 'slot-0'), { recursive: true });
    writeFileSync(path.join(builds, 'slot-0', 'left-over.mjs'), '');
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    writeFileSync(path.join(builds, 'slot-0.lock'), String(2 ** 22 + 1));
    const dir = takeWorkDir(root);
    expect(dir.path).toBe(path.join(builds, 'slot-0'));
    expect(existsSync(path.join(dir.path, 'left-over.mjs'))).toBe(false);
  });

  it('free every other slot of a build whose process is gone, and leave the live ones', () => {
    const builds = path.join(root, '.astro', 'builds');
    for (const [slot, holder] of [
      [0, process.ppid],
      [2, 2 ** 22 + 1],
      [5, 2 ** 22 + 1],
    ] as const) {
      mkdirSync(path.join(builds, `slot-${slot}`), { recursive: true });
      writeFileSync(path.join(builds, `slot-${slot}.lock`), String(holder));
    }
    const dir = takeWorkDir(root);
    expect(dir.path).toBe(path.join(builds, 'slot-1'));
    expect(readdirSync(builds).sort()).toEqual(['slot-0', 'slot-0.lock', 'slot-1', 'slot-1.lock']);
  });

  it('leave alone the slot of a build that still runs', () => {
    const builds = path.join(root, '.astro', 'builds');
    mkdirSync(builds, { recursive: true });
    // The parent of this test process is alive.
    writeFileSync(path.join(builds, 'slot-0.lock'), String(process.ppid));
    expect(takeWorkDir(root).path).toBe(path.join(builds, 'slot-1'));
  });

  it('leave alone a slot whose lock another build has created and not yet written', () => {
    const builds = path.join(root, '.astro', 'builds');
    mkdirSync(builds, { recursive: true });
    writeFileSync(path.join(builds, 'slot-0.lock'), '');
    expect(takeWorkDir(root).path).toBe(path.join(builds, 'slot-1'));
  });
});
