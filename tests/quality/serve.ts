/** Serves a built site over HTTP on a free local port, with the headers of public/_headers. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The rules of a _headers file: a path pattern ("/*", "/_astro/*") and its headers. */
function headerRules(dist: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\//.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replaceAll('*', '.*')}$`,
        ),
        headers: {},
      });
    else if (/^\s+\S/.test(line) && line.includes(':') && rules.length)
      rules.at(-1)!.headers[line.slice(0, line.indexOf(':')).trim().toLowerCase()] = line
        .slice(line.indexOf(':') + 1)
        .trim();
  }
  return rules;
}

/** Serves a built site like a static host: _headers rules, gzip, the 404 page for what is missing. */
export async function serve(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = headerRules(dist);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const status = existsSync(file) ? 200 : 404;
    if (status === 404) file = path.join(dist, '404.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    };
    for (const rule of rules)
      if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'])) && !file.endsWith('.png');
    res.writeHead(
      status,
      gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : headers,
    );
    (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
