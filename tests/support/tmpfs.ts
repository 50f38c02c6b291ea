/** Small tmpfs mounts for tests of output folders on another file system (root only). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Mounts a tmpfs of `size` at `dir`; false where that is not allowed. */
export function mountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}

/** Whether this process may mount a tmpfs (root in CI; not in most sandboxes). */
export const canMount = ((): boolean => {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-mount-probe-'));
  const ok = mountTmpfs(probe, '1m');
  if (ok) unmount(probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();
