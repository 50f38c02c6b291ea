/**
 * A small HTTP load generator for the benchmark: `connections` keep-alive
 * connections, each sending the next URL of the list as soon as its previous
 * answer has arrived, until every URL has been asked for once. Records each
 * request's latency and status.
 */
import http from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers by status code. */
  statuses: Record<number, number>;
  /** Answers by X-Cache-Status, when a cache sent one. */
  cache: Record<string, number>;
}

export async function runLoad(port: number, urls: string[], connections = 8): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const cache: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const one = (url: string) =>
    new Promise<void>((resolve, reject) => {
      const t0 = performance.now();
      http
        .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
            const hit = res.headers['x-cache-status'];
            if (typeof hit === 'string') cache[hit] = (cache[hit] ?? 0) + 1;
            resolve();
          });
        })
        .on('error', reject);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < urls.length) await one(urls[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    statuses,
    cache,
  };
}
