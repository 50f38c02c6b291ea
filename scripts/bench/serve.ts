/**
 * `npm run bench -- --serve`: starts the built site's server and measures it:
 * the time to ready, uncached pair pages (random pairs that are not
 * prerendered, each asked for once, so every answer is rendered), the
 * server's peak RSS, and, where nginx is installed, pair pages answered by a
 * real shared cache (nginx's proxy_cache) in front of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../src/schemas/index.ts';
import { makePair, modelsSorted } from '../../src/lib/routing/pairs.ts';
import { nginxBinary, startNginxCache } from '../serve/nginx-cache.ts';
import { startServer } from '../serve/run-server.ts';
import { runLoad, type LoadResult } from './load.ts';

export interface ServeFigures {
  startupSeconds: number;
  serverRssMb: number;
  uncached: LoadResult;
  cached: LoadResult | undefined;
}

/** `count` random pair URLs whose pages are not prerendered in `outDir`. */
function randomPairUrls(
  catalogue: Catalogue,
  outDir: string,
  count: number,
  seed: number,
): string[] {
  const models = modelsSorted(catalogue);
  let state = seed >>> 0 || 1;
  const rand = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
  const urls: string[] = [];
  for (let tries = 0; urls.length < count && tries < count * 20; tries++) {
    const [i, j] = [rand(models.length), rand(models.length)];
    if (i === j) continue;
    const { slug } = makePair(models[i]!, models[j]!);
    if (!existsSync(path.join(outDir, 'client', 'compare', slug))) urls.push(`/compare/${slug}/`);
  }
  return urls;
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

export async function measureServer(
  catalogue: Catalogue,
  outDir: string,
  work: string,
  requests: number,
  seed: number,
): Promise<ServeFigures> {
  const server = await startServer(outDir);
  try {
    const urls = randomPairUrls(catalogue, outDir, requests, seed);
    const uncached = await runLoad(server.port, urls);
    const serverRssMb = peakRssMb(server.pid);
    let cached: LoadResult | undefined;
    if (nginxBinary()) {
      const nginx = await startNginxCache(path.join(work, 'nginx'), server.port);
      try {
        // 500 pairs, fetched once through the cache, then asked for again and again.
        const hot = urls.slice(0, 500);
        await runLoad(nginx.port, hot);
        cached = await runLoad(
          nginx.port,
          Array.from({ length: requests }, (_, i) => hot[i % hot.length]!),
        );
      } finally {
        await nginx.stop();
      }
    }
    return { startupSeconds: server.startupSeconds, serverRssMb, uncached, cached };
  } finally {
    await server.stop();
  }
}
