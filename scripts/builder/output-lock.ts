/**
 * One build at a time per output folder: a lock file beside it
 * (`.<name>.build-lock`, created exclusively, holding the build's pid). A
 * second build into the same output refuses at once with the first one's
 * pid; the lock of a build that died is taken over, and what that build left
 * beside the output (its half-published folders) is removed, after putting
 * the output back if the build died in the middle of the swap.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { restoreInside } from './publish.ts';

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

/**
 * What a dead build left beside the output while publishing
 * (scripts/builder/publish.ts): the output itself first, put back when the
 * build died in the instant between moving it aside and moving the new one
 * in; then its half-published folders.
 */
export function removeLeftovers(finalDir: string): void {
  restoreOutput(finalDir);
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

/**
 * Puts back the last good output when a build died while publishing it
 * (scripts/builder/publish.ts): the output folder missing and moved aside
 * (`.<name>-old-<time>-<pid>`) in the instant between the two renames, or,
 * in an output that is a mount point, the swap of its entries left half done.
 * Does nothing while another live build holds the lock (it may be in the
 * middle of its swap). Returns whether it put the output back.
 */
export function restoreOutput(finalDir: string): boolean {
  const holder = lockHolder(finalDir);
  if (holder !== undefined && holder !== process.pid) return false;
  if (restoreInside(finalDir)) return true;
  if (existsSync(finalDir)) return false;
  const name = path.basename(finalDir);
  const parent = path.dirname(finalDir);
  const stampOf = (entry: string) => Number(entry.slice(`.${name}-old-`.length).split('-')[0]);
  let asides: string[];
  try {
    asides = readdirSync(parent).filter((e) => e.startsWith(`.${name}-old-`));
  } catch {
    return false;
  }
  const latest = asides.sort((x, y) => stampOf(x) - stampOf(y)).at(-1);
  if (!latest) return false;
  try {
    renameSync(path.join(parent, latest), finalDir);
    return true;
  } catch (error) {
    // Another process put it back first.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The pid of the live build holding the output's lock, or undefined. */
export function lockHolder(finalDir: string): number | undefined {
  const lock = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.build-lock`);
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
  // An empty lock was created a moment ago by a build about to write its pid: held.
  if (!text) return 0;
  const pid = Number(text);
  return Number.isInteger(pid) && alive(pid) ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
