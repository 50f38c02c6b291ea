/**
 * Weighs pages through a running server: each URL asked for once over a few
 * keep-alive connections, its body measured raw and gzipped (zlib's default
 * level, as a static host or CDN compresses HTML). Redirects are not
 * followed: a pair URL in canonical order must answer 200 itself.
 */
import http from 'node:http';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  url: string;
  status: number;
  raw: number;
  gzip: number;
}

/** The budget of every pair page (issue 17). */
export const BUDGET_RAW = 32 * 1024;
export const BUDGET_GZIP = 7 * 1024;

export const overBudget = (p: PageWeight): boolean => p.raw > BUDGET_RAW || p.gzip > BUDGET_GZIP;

export async function weighPages(
  port: number,
  urls: readonly string[],
  connections = 4,
): Promise<PageWeight[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const pages: PageWeight[] = new Array(urls.length);
  let next = 0;
  const one = (url: string) =>
    new Promise<PageWeight>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            resolve({
              url,
              status: res.statusCode!,
              raw: body.length,
              gzip: gzipSync(body).length,
            });
          });
          res.on('error', reject);
        })
        .on('error', reject);
    });
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (next < urls.length) {
          const i = next++;
          // A keep-alive socket the server closed just as it was reused: ask once more on a new one.
          pages[i] = await one(urls[i]!).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== 'ECONNRESET') throw e;
            return one(urls[i]!);
          });
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return pages;
}
