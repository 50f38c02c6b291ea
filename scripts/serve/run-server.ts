/**
 * Starts `npm start`'s server (scripts/start.ts) on a built output folder, on
 * 127.0.0.1 and a free port, and waits until it says it is ready. For the
 * server tests and the benchmark; `stop()` sends SIGTERM and waits for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './nginx-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
  port: number;
  pid: number;
  /** Seconds from the spawn to the "ready" line. */
  startupSeconds: number;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, then the exit code once it has exited. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

export async function startServer(
  outDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, OUT_DIR: outDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  while (!/serving .* at http/.test(output)) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output}`);
    if (performance.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within 60 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startupSeconds = (performance.now() - started) / 1000;
  return {
    port,
    pid: child.pid!,
    startupSeconds,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
