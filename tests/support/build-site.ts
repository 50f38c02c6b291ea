/**
 * Runs the real build (scripts/build.ts, the same command as `npm run build`)
 * on a data directory into an output directory, and reports what happened.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface BuildRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runBuild(dataDir: string, outDir: string, extraEnv: Record<string, string> = {}, args: string[] = []): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ...extraEnv },
    encoding: 'utf8',
    timeout: 900_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runScript(script: string, dataDir: string, args: string[] = []): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
