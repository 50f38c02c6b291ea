/**
 * Publishing a finished build. Usually the fresh folder takes the place of
 * the output folder in one rename, so a reader (a static host, the server at
 * start) sees the old site or the new one, never a mix; the old one is
 * removed afterwards. When the output lies on another file system than the
 * project, the fresh folder is first copied beside it, then renamed. When the
 * output folder is itself a mount point (a container or CI volume), it cannot
 * be renamed: the new site is copied into it (`.incoming-*`), the old entries
 * are moved out (`.old-*`, renamed `.old-*-whole` once all are out) and the
 * new ones in, one rename each (a short moment in which a reader may see the
 * top-level entries change one by one). A build that dies in that moment
 * leaves those folders, from which `restoreInside` puts the old site back.
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
      if (!isSwapFolder(entry)) renameSync(path.join(finalDir, entry), path.join(old, entry));
    renameSync(old, `${old}${WHOLE}`);
    readdirSync(incoming).forEach((entry, i) => {
      renameSync(path.join(incoming, entry), path.join(finalDir, entry));
      // Killed here, the output holds new entries and lacks old ones until restoreInside runs.
      if (i === 0) pausePoint('publish-swap');
    });
  } catch (error) {
    restoreInside(finalDir);
    throw error;
  } finally {
    rmSync(incoming, { recursive: true, force: true });
  }
  rmSync(`${old}${WHOLE}`, { recursive: true, force: true });
}

/** The suffix of the folder of old entries once every one of them is out. */
const WHOLE = '-whole';
/** `.old-<time>-<pid>[-whole]` and `.incoming-<time>-<pid>`: names no build output has. */
const ASIDE = /^\.old-\d+-\d+(-whole)?$/;
const isSwapFolder = (entry: string) => ASIDE.test(entry) || /^\.incoming-\d+-\d+$/.test(entry);

/**
 * Puts back the site a swap into a mount point moved out, when that swap did
 * not finish (it failed, or its build died): while the old entries were being
 * moved out, the ones moved so far go back; once all were out (`-whole`), the
 * new entries moved in are removed first. Returns whether it put a site back.
 * The caller holds the output's lock, or knows no live build does.
 */
export function restoreInside(finalDir: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync(finalDir);
  } catch {
    return false;
  }
  const aside = entries.filter((e) => ASIDE.test(e)).sort();
  const latest = aside.at(-1);
  if (!latest) return false;
  const from = path.join(finalDir, latest);
  if (latest.endsWith(WHOLE))
    for (const entry of entries)
      if (!isSwapFolder(entry))
        rmSync(path.join(finalDir, entry), { recursive: true, force: true });
  for (const entry of readdirSync(from)) {
    rmSync(path.join(finalDir, entry), { recursive: true, force: true });
    renameSync(path.join(from, entry), path.join(finalDir, entry));
  }
  for (const entry of aside) rmSync(path.join(finalDir, entry), { recursive: true, force: true });
  return true;
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
