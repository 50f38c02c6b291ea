/**
 * Measuring a build from outside: wall time and peak memory of the whole
 * child process tree, and the size of the pages it wrote.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fg from 'fast-glob';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP, BUDGET_RAW } from '../weight/weigh.ts';

export { BUDGET_GZIP, BUDGET_RAW };

export interface RunResult {
  status: number;
  seconds: number;
  /** Peak of the summed RSS of the child and all its descendants, polled from /proc. */
  treePeakRssMb: number;
  /** Peak RSS of the largest single process, from /usr/bin/time -v when present. */
  timePeakRssMb: number | undefined;
  /** User + system CPU seconds of the build, from /usr/bin/time -v when present. */
  cpuSeconds: number | undefined;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;

/** Longest wait for the disk to settle before a measured run. */
const SETTLE_MS = 90_000;

/**
 * Waits (at most 90 s) until the disk is quiet: Linux's pressure figure for
 * I/O (the share of the last 10 s in which some task waited on I/O) below
 * 1%. After a build has written 60,000 files, sync returns but the disk stays
 * busy for a while (journal, discards), and a run measured then is slowed
 * down by it. No wait where /proc/pressure is missing.
 */
function settleDisk(): void {
  const started = performance.now();
  while (performance.now() - started < SETTLE_MS) {
    let pressure: number;
    try {
      pressure = Number(
        /some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/io', 'utf8'))?.[1] ?? 0,
      );
    } catch {
      return;
    }
    if (pressure < 1) return;
    spawnSync('sleep', ['1']);
  }
}

/**
 * Runs `node <script>` with `env`, measuring wall time and peak RSS of its
 * process tree. The disk's pending writes are flushed first (sync) and the
 * disk is let settle, so that what ran before (the previous build's tens of
 * thousands of files) is not counted in this run.
 */
export function runMeasured(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  args: string[] = [],
): Promise<RunResult> {
  spawnSync('sync');
  settleDisk();
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime
    ? [TIME, ['-v', process.execPath, script, ...args]]
    : [process.execPath, [script, ...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const poll = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(child.pid!));
  }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        status: code ?? -1,
        seconds,
        treePeakRssMb: peak / 1024 / 1024,
        timePeakRssMb: m ? Number(m[1]) / 1024 : undefined,
        cpuSeconds: user && sys ? Number(user[1]) + Number(sys[1]) : undefined,
        stdout,
        stderr: useTime ? stderr.replace(/\tCommand being timed:[\s\S]*$/, '') : stderr,
      });
    });
  });
}

/** Sum of the resident memory of `root` and every process descending from it. */
export function treeRssBytes(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name "(...)": state, ppid, …; rss is field 24 overall.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
      const list = children.get(ppid) ?? [];
      list.push(pid);
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface PageStats {
  pages: number;
  pairPages: number;
  /** Every file under the folder, and their bytes. */
  files: number;
  bytes: number;
  meanPairBytes: number;
  meanPairGzipBytes: number;
  maxPairBytes: number;
  maxPairGzipBytes: number;
  /** Pair pages above the budget of 32 KB raw or 7 KB gzipped. */
  overBudget: number;
}

/** Counts the files and HTML pages under `dir` (the static part of a build) and sizes every pair page, raw and gzipped. */
export function pageStats(dir: string): PageStats {
  const files = fg.sync('**/*', { cwd: dir, onlyFiles: true, dot: true, stats: true });
  const html = files.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
  let pairs = 0;
  let total = 0;
  let totalGz = 0;
  let max = 0;
  let maxGz = 0;
  let over = 0;
  for (const f of html.filter((f) => f.startsWith('compare/'))) {
    const text = readFileSync(path.join(dir, f));
    const gz = gzipSync(text).length;
    pairs++;
    total += text.length;
    totalGz += gz;
    max = Math.max(max, text.length);
    maxGz = Math.max(maxGz, gz);
    if (text.length > BUDGET_RAW || gz > BUDGET_GZIP) over++;
  }
  return {
    pages: html.length,
    pairPages: pairs,
    files: files.length,
    bytes: files.reduce((sum, f) => sum + (f.stats?.size ?? 0), 0),
    meanPairBytes: pairs ? total / pairs : 0,
    meanPairGzipBytes: pairs ? totalGz / pairs : 0,
    maxPairBytes: max,
    maxPairGzipBytes: maxGz,
    overBudget: over,
  };
}
