/**
 * Publishing a finished build. Usually the fresh folder takes the place of
 * the output folder in one rename, so a reader (a static host, the server at
 * start) sees the old site or the new one, never a mix; the old one is
 * removed afterwards. When the output lies on another file system than the
 * project, the fresh folder is first copied beside it, then renamed. When the
 * output folder is itself a mount point (a container or CI volume), it cannot
 * be renamed: the new site is copied into it, and the old entries are moved
 * out and the new ones in, one rename each (a short moment in which a reader
 * may see the top-level entries change one by one).
 * Whatever fails, the previous output is left (or put back) as it was.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pausePoint } from './pause-point.ts';

export function publish(freshDir: string, finalDir: string): void {
  const stamp = `${Date.now()}-${process.pid}`;
  mkdirSync(path.dirname(finalDir), { recursive: true });
  if (isMountPoint(finalDir)) return publishInto(freshDir, finalDir, stamp);
  const incoming = path.join(
    path.dirname(finalDir),
    `.${path.basename(finalDir)}-incoming-${stamp}`,
  );
  const old = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}-old-${stamp}`);
  try {
    moveOrCopy(freshDir, incoming);
    if (existsSync(finalDir)) renameSync(finalDir, old);
    pausePoint('publish-swap');
    try {
      renameSync(incoming, finalDir);
    } catch (error) {
      if (existsSync(old)) renameSync(old, finalDir);
      throw error;
    }
  } finally {
    rmSync(incoming, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

function publishInto(freshDir: string, finalDir: string, stamp: string): void {
  const incoming = path.join(finalDir, `.incoming-${stamp}`);
  const old = path.join(finalDir, `.old-${stamp}`);
  try {
    moveOrCopy(freshDir, incoming);
    mkdirSync(old);
    for (const entry of readdirSync(finalDir))
      if (entry !== path.basename(incoming) && entry !== path.basename(old))
        renameSync(path.join(finalDir, entry), path.join(old, entry));
    for (const entry of readdirSync(incoming))
      renameSync(path.join(incoming, entry), path.join(finalDir, entry));
  } catch (error) {
    // Put the previous site back, entry by entry.
    if (existsSync(old)) {
      for (const entry of readdirSync(old)) {
        rmSync(path.join(finalDir, entry), { recursive: true, force: true });
        renameSync(path.join(old, entry), path.join(finalDir, entry));
      }
    }
    throw error;
  } finally {
    rmSync(incoming, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

function moveOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}

function isMountPoint(dir: string): boolean {
  try {
    return statSync(dir).dev !== statSync(path.dirname(dir)).dev;
  } catch {
    return false;
  }
}
