/**
 * One build at a time per output folder: a lock file beside it
 * (`.<name>.build-lock`, created exclusively, holding the build's pid). A
 * second build into the same output refuses at once with the first one's
 * pid; the lock of a build that died is taken over, and what that build left
 * beside the output (its half-published folders) is removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface OutputLock {
  release(): void;
}

/** The lock, or the pid of the live build that holds it. */
export function lockOutput(finalDir: string): OutputLock | { heldBy: number } {
  const parent = path.dirname(finalDir);
  mkdirSync(parent, { recursive: true });
  const lock = path.join(parent, `.${path.basename(finalDir)}.build-lock`);
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8') || NaN);
    // An empty lock was created a moment ago by a build about to write its pid: held.
    if (!Number.isInteger(holder) || alive(holder))
      return { heldBy: Number.isInteger(holder) ? holder : 0 };
    rmSync(lock, { force: true });
  }
  removeLeftovers(finalDir);
  return { release: () => rmSync(lock, { force: true }) };
}

/** Folders a dead build left beside the output while publishing (scripts/builder/publish.ts). */
export function removeLeftovers(finalDir: string): void {
  const name = path.basename(finalDir);
  const parent = path.dirname(finalDir);
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`.${name}-incoming-`) || entry.startsWith(`.${name}-old-`))
      rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  // Inside a mount point the swap happens within the output folder itself.
  try {
    for (const entry of readdirSync(finalDir))
      if (entry.startsWith('.incoming-') || entry.startsWith('.old-'))
        rmSync(path.join(finalDir, entry), { recursive: true, force: true });
  } catch {
    // No output yet.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
