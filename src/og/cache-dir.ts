/**
 * Where the sharing-image cache lives (OG_CACHE_DIR, default .cache/og/ in
 * the project), and its temporary files: an image is written to
 * `<hash>.png.<pid>.<random>.tmp` and renamed into place, so a reader never
 * sees half an image; a process killed mid-write leaves its temporary file,
 * which the next build or server start removes (the pid is no longer running).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

export function ogCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot(), env.OG_CACHE_DIR || path.join('.cache', 'og'));
}

export function tempFile(file: string): string {
  return `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
}

/** Removes the temporary files of processes that no longer run; returns how many. */
export function removeStaleTemps(dir: string): number {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const pid = /\.png\.(\d+)\.[a-z0-9]*\.tmp$/.exec(entry)?.[1];
    if (pid === undefined || running(Number(pid))) continue;
    rmSync(path.join(dir, entry), { force: true });
    removed++;
  }
  return removed;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
