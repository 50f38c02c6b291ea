/** The cost fixture catalogue (tiers, cached prices, price history), built with the real build and served for a browser. */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runBuild, siteDir } from '../support/build-site.ts';

export const COST_FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'cost');
export const COST_PAIR = '/compare/alpha-pro-vs-beta-mini/';

/** Builds the cost fixture into a fresh temp folder; returns it and a cleanup. */
export function buildCostSite(): { dist: string; cleanup: () => void } {
  const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-cost-site-'));
  const dist = path.join(work, 'dist');
  const run = runBuild(COST_FIXTURE, dist);
  if (run.status !== 0) throw new Error(`cost fixture build failed:\n${run.stdout}\n${run.stderr}`);
  return { dist: siteDir(dist), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves a built folder on 127.0.0.1 with a CSP that allows no inline script; resolves to its origin. */
export async function serveSite(dist: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
