/**
 * Runs the real build (scripts/build.ts, the same command as `npm run build`)
 * on a data directory into an output directory, and reports what happened.
 * Page tests read every page as a file, so builds here prerender every pair
 * (PRERENDER=all) unless a test asks otherwise; the pages are then in
 * `<out>/client/` (siteDir) and the server in `<out>/server/`.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runBuild(
  dataDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
  args: string[] = [],
): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PRERENDER: 'all', DATA_DIR: dataDir, OUT_DIR: outDir, ...extraEnv },
    encoding: 'utf8',
    timeout: 900_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** runBuild without blocking: the test run's shared builds run side by side. */
export function runBuildAsync(
  dataDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      env: { ...process.env, PRERENDER: 'all', DATA_DIR: dataDir, OUT_DIR: outDir, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/** Where a build's prerendered pages and static files are. */
export const siteDir = (outDir: string): string => path.join(outDir, 'client');

export function runScript(script: string, dataDir: string, args: string[] = []): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
