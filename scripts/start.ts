/**
 * `npm start`: serves the built site (OUT_DIR, default dist/) with the
 * server Astro's Node adapter built: the prerendered files from client/ and
 * every other pair rendered on request. It listens on HOST (default
 * 127.0.0.1) and PORT (default 4321).
 * - Every response carries the headers `_headers` gives its path, as on a
 *   static host (security policy, nosniff, immutable assets).
 * - Before anything else, a request whose path is malformed or longer than
 *   MAX_URL_LENGTH gets the 404 page at once, without reaching Astro.
 * - The catalogue the build shipped is parsed, the pair route loaded, a pair
 *   of every model derived and 50 pairs rendered before the server says it
 *   is ready (scripts/serve/warm-up.ts).
 * - V8 may grow the old space only to about twice what is live between full
 *   collections (HEAP_GROWING_PERCENT), so memory stays near what it holds.
 * - SIGTERM or SIGINT: no new connections; requests in flight finish, then
 *   the process exits (after GRACE_MS at most).
 * A build replaces the output folder in one rename (scripts/builder/publish.ts),
 * so this never serves a half-written build; restart it to serve a new one.
 * At start it puts back an output a killed build left moved aside, and removes
 * the half-written sharing images a killed server left in the image cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire, register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { ogCacheDir, removeStaleTemps } from '../src/og/cache-dir.ts';
import { restoreOutput } from './builder/output-lock.ts';
import { headersFor, parseHeadersFile } from './serve/static-headers.ts';
import { staticFiles } from './serve/static-files.ts';
import { warmUpPaths } from './serve/warm-up.ts';

const MAX_URL_LENGTH = 1024;
const GRACE_MS = 10_000;
/** Pairs rendered before the server says it is ready (scripts/serve/warm-up.ts). */
const WARM_UP_PAIRS = 50;
/** How far V8 may grow the old space past the live heap before its next full collection. */
const HEAP_GROWING_PERCENT = 100;

// Between full collections V8 lets the old space grow to several times what is live, and nearly
// everything a render allocates is garbage at once: growing it by 100% of the live heap at most
// keeps memory near what the catalogue holds, at the cost of more frequent, short full collections
// (docs/performance.md). Set before the server allocates anything.
v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(root, process.env.OUT_DIR || 'dist');
// A build killed in the middle of publishing left the output missing (moved aside) or, in a mount
// point, half swapped: the old site goes back before anything is read.
if (restoreOutput(out))
  console.log(
    `${out} was left half-published by a build that died: the previous build is put back.`,
  );
removeStaleTemps(ogCacheDir());
const entry = path.join(out, 'server', 'entry.mjs');
const notFoundFile = path.join(out, 'client', '404.html');
if (!existsSync(entry) || !existsSync(notFoundFile)) {
  console.error(`No built site in ${out}: run npm run build first.`);
  process.exit(1);
}
const started = performance.now();
const notFound = readFileSync(notFoundFile);
const headersFile = path.join(out, 'client', '_headers');
const staticHeaders = existsSync(headersFile)
  ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
  : [];
// A build outside the project finds its packages in the project's node_modules. Only then: a
// registered hook is asked about every dynamic import, and Astro imports each page module per request.
if (!canResolve('astro/package.json', entry))
  register('./serve/project-packages.mjs', import.meta.url);
// The adapter builds in middleware mode: its handler renders what Astro routes (and the 404 page
// for what it does not); the prerendered files are served by staticFiles, before it.
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: http.RequestListener };
const serveStatic = staticFiles(path.join(out, 'client'));

function canResolve(specifier: string, from: string): boolean {
  try {
    createRequire(from).resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

/** A path Astro could never route: not decodable, too long, or holding a NUL or a backslash. */
function unroutable(url: string | undefined): boolean {
  if (!url || url.length > MAX_URL_LENGTH || !url.startsWith('/')) return true;
  try {
    return /[\0\\]/.test(decodeURIComponent(url.split('?')[0]!));
  } catch {
    return true;
  }
}

const server = http.createServer((req, res) => {
  for (const [name, value] of headersFor(staticHeaders, (req.url ?? '/').split('?')[0]!))
    res.setHeader(name, value);
  if (!unroutable(req.url)) return serveStatic(req, res, () => handler(req, res));
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': notFound.length,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : notFound);
});

// Idle keep-alive connections stay open longer than a load balancer's or CDN's idle timeout
// (60 s is common), so a proxy never sends a request on a connection this server is closing.
server.keepAliveTimeout = 65_000;

const port = Number(process.env.PORT) || 4321;
const host = process.env.HOST || '127.0.0.1';
await new Promise<void>((resolve, reject) =>
  server.once('error', reject).listen(port, host, resolve),
);
// Loads the shipped catalogue and the pair route, derives what every model's pairs share, then
// renders a few pairs: the first visitors do not wait for any of it.
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
for (const p of ['/compare/warm-vs-up/', ...warmUpPaths(path.join(out, 'client'), WARM_UP_PAIRS)])
  await fetch(origin + p).then((r) => r.arrayBuffer());
console.log(
  `llm-compare serving ${path.relative(process.cwd(), out) || '.'} at http://${host}:${port}/ (ready in ${((performance.now() - started) / 1000).toFixed(2)} s)`,
);

function stop(signal: string): void {
  console.log(`${signal}: finishing requests in flight, then stopping`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), GRACE_MS).unref();
}
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
