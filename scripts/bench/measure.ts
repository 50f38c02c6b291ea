/**
 * Measuring a build from outside: wall time and peak memory of the whole
 * child process tree, and the size of the pages it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fg from 'fast-glob';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** Runs `node <script>` with `env`, measuring wall time and peak RSS of its process tree. */
export function runMeasured(script: string, env: NodeJS.ProcessEnv, cwd: string): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime ? [TIME, ['-v', process.execPath, script]] : [process.execPath, [script]];
  const started = performance.now();
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  redirectPages: number;
  meanPairBytes: number;
  meanPairGzipBytes: number;
  maxPairBytes: number;
  /** How many pair pages were gzipped for the mean (all, or an even sample of large sites). */
  gzipSample: number;
  otherFiles: number;
}

/** Counts the HTML pages under `outDir` and sizes the pair pages. */
export function pageStats(outDir: string, gzipSampleMax = 5000): PageStats {
  const files = fg.sync('**/*', { cwd: outDir, onlyFiles: true, dot: true });
  const html = files.filter((f) => f.endsWith('.html'));
  // Reversed pair URLs are tiny redirect pages (meta refresh): sized apart from the pair pages.
  const pairs: string[] = [];
  let redirects = 0;
  let total = 0;
  let max = 0;
  for (const f of html.filter((f) => f.startsWith('compare/')).sort()) {
    const text = readFileSync(path.join(outDir, f));
    if (text.includes('http-equiv="refresh"')) {
      redirects++;
      continue;
    }
    pairs.push(f);
    total += text.length;
    max = Math.max(max, text.length);
  }
  const step = Math.max(1, Math.ceil(pairs.length / gzipSampleMax));
  let gz = 0;
  let sampled = 0;
  for (let i = 0; i < pairs.length; i += step) {
    gz += gzipSync(readFileSync(path.join(outDir, pairs[i]!))).length;
    sampled++;
  }
  const otherFiles = files.length - html.length;
  return {
    pages: html.length,
    pairPages: pairs.length,
    redirectPages: redirects,
    meanPairBytes: pairs.length ? total / pairs.length : 0,
    meanPairGzipBytes: sampled ? gz / sampled : 0,
    maxPairBytes: max,
    gzipSample: sampled,
    otherFiles,
  };
}
