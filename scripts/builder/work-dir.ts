/**
 * The working directory of one build, for Astro's intermediate server build.
 * Builds take numbered slots, `.astro/builds/slot-<n>/`, the lowest free one:
 * two builds at once (tests, benchmarks) never share one, and one build
 * after another uses the same path. The path matters: Node's compile cache
 * (.cache/node-compile/) knows a module by its path, so the 45 chunks of the
 * server build, at a new path on every build, would be compiled again every
 * time and leave a cache entry behind for each, without end. A slot is held
 * by a lock file naming the build's process; the slot of a process that no
 * longer runs is taken over, and a build that takes a slot frees every other
 * slot of a dead build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WorkDir {
  path: string;
  /** Removes the directory and frees the slot. */
  release(): void;
}

export function takeWorkDir(root: string): WorkDir {
  const builds = path.join(root, '.astro', 'builds');
  mkdirSync(builds, { recursive: true });
  for (let slot = 0; ; slot++) {
    const dir = path.join(builds, `slot-${slot}`);
    const lock = `${dir}.lock`;
    if (!tryLock(lock)) continue;
    // What a build that stopped half way left here.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    removeDeadSlots(builds, slot);
    return {
      path: dir,
      release() {
        rmSync(dir, { recursive: true, force: true });
        rmSync(lock, { force: true });
      },
    };
  }
}

/** Frees every other slot whose build no longer runs, removing what it left. */
function removeDeadSlots(builds: string, own: number): void {
  for (const entry of readdirSync(builds)) {
    const slot = /^slot-(\d+)\.lock$/.exec(entry)?.[1];
    if (slot === undefined || Number(slot) === own) continue;
    const lock = path.join(builds, entry);
    // Held by a live build: skip. Taken (its build is gone, or it was just freed): empty it.
    if (!tryLock(lock)) continue;
    rmSync(path.join(builds, `slot-${slot}`), { recursive: true, force: true });
    rmSync(lock, { force: true });
  }
}

/** Creates the lock file; false when it exists. */
function create(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function tryLock(lock: string): boolean {
  if (create(lock)) return true;
  let holder: string;
  try {
    holder = readFileSync(lock, 'utf8');
  } catch {
    // Freed between the two calls.
    return create(lock);
  }
  // An empty lock is one another build has just created and not yet written its pid into: held.
  if (!/^\d+$/.test(holder) || running(Number(holder))) return false;
  // Its build is gone: take the slot over. (Two builds starting at the same
  // moment onto the same dead lock could both take it; each slot is checked
  // once per build, so this needs a crashed build and two starts at once.)
  rmSync(lock, { force: true });
  return create(lock);
}

function running(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
