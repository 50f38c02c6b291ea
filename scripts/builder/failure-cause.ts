/** One line saying why a build failed, in words an operator can act on. */
import { existsSync, statfsSync } from 'node:fs';
import path from 'node:path';

export function failureCause(error: unknown, out: string): string {
  const e = error as NodeJS.ErrnoException;
  const where = e?.path ?? out;
  // A copy onto a full file system can fail with EIO rather than ENOSPC: the free space decides.
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT' || (e?.code === 'EIO' && diskFull(out)))
    return `the disk is full (${where})`;
  if (e?.code === 'EACCES' || e?.code === 'EPERM')
    return `cannot write to ${where} (permission denied)`;
  if (e?.code === 'EROFS') return `cannot write to ${where} (read-only file system)`;
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
}

/** Whether the file system holding `dir` (or its nearest existing parent) has less than a megabyte free. */
function diskFull(dir: string): boolean {
  let at = dir;
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  try {
    const fs = statfsSync(at);
    return fs.bavail * fs.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}
