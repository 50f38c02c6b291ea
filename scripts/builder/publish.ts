/**
 * Publishing a finished build: the fresh folder takes the place of the
 * output folder in one rename, so a reader (a static host, the server at
 * start) sees the old site or the new one, never a mix; the old one is
 * removed afterwards. When the output lies on another file system than the
 * project, the fresh folder is first copied beside it, then renamed.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export function publish(freshDir: string, finalDir: string): void {
  const stamp = `${Date.now()}-${process.pid}`;
  const incoming = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}-incoming-${stamp}`);
  mkdirSync(path.dirname(finalDir), { recursive: true });
  try {
    renameSync(freshDir, incoming);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(freshDir, incoming, { recursive: true });
  }
  const old = path.join(path.dirname(finalDir), `.${path.basename(finalDir)}-old-${stamp}`);
  if (existsSync(finalDir)) renameSync(finalDir, old);
  renameSync(incoming, finalDir);
  rmSync(old, { recursive: true, force: true });
}

