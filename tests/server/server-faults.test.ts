/**
 * The server under faults and behind a real shared cache, as `npm start`
 * runs it: a request that throws, SIGTERM with requests in flight, SIGKILL
 * with requests in flight, and Debian's nginx with proxy_cache in front
 * (installed by .ci/run).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxBinary, startNginxCache } from '../../scripts/serve/nginx-cache.ts';
import { startServer } from '../../scripts/serve/run-server.ts';
import { runBuild } from '../support/build-site.ts';
import { SITE_FIXTURE } from '../pages/site-fixture.ts';
import { treeSnapshot } from '../support/tree-snapshot.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-server-faults-'));
const out = path.join(work, 'dist');
/** Pairs of the site fixture left to the server (not prerendered), with and without Beta Embed. */
const WITH_BETA_EMBED = '/compare/alpha-mini-vs-beta-embed/';
const WITHOUT = '/compare/alpha-classic-vs-gamma-thin/';

beforeAll(() => {
  const run = runBuild(SITE_FIXTURE, out, {
    PRERENDER: '',
    OG_IMAGES: 'on',
    OG_CACHE_DIR: path.join(work, 'og-build'),
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A copy of the build whose shipped catalogue (the JSON text in the server
 * bundle) gives Beta Embed's benchmarks as a number: deriving its pairs throws.
 */
function brokenCopy(): string {
  const copy = path.join(work, 'broken');
  cpSync(out, copy, { recursive: true, verbatimSymlinks: true });
  const chunk = fg
    .sync('server/chunks/*.mjs', { cwd: copy, absolute: true })
    .find((f) => readFileSync(f, 'utf8').includes('\\"format\\":1'))!;
  const code = readFileSync(chunk, 'utf8');
  const literal = /"\{\\"format\\":1.*?[^\\]"/s.exec(code)![0];
  const shipped = JSON.parse(JSON.parse(literal) as string);
  shipped.models.find((m: { id: string }) => m.id === 'beta-embed').benchmarks = 7;
  writeFileSync(
    chunk,
    code.replace(literal, () => JSON.stringify(JSON.stringify(shipped))),
  );
  return copy;
}

describe('a request that throws', () => {
  it('gets the plain 500 page and one log line, and the other pairs are still served', async () => {
    const server = await startServer(brokenCopy());
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const before = server.output().split('\n').length;
      const res = await fetch(base + WITH_BETA_EMBED);
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain('Something went wrong');
      expect(html).not.toMatch(/TypeError|at \w+ \(|node_modules/);
      expect(res.headers.get('cache-control') ?? '').not.toMatch(/s-maxage/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const logged = server
        .output()
        .split('\n')
        .slice(before - 1)
        .filter((l) => l.trim());
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^500 GET \/compare\/alpha-mini-vs-beta-embed\/: /);
      expect((await fetch(base + WITHOUT)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('SIGTERM', () => {
  it('finishes the requests in flight, refuses new ones and exits 0', async () => {
    // An empty image cache: the sharing images are drawn on request, which takes a while (the drawing code loads first).
    const server = await startServer(out, { OG_CACHE_DIR: path.join(work, 'og-empty') });
    const base = `http://127.0.0.1:${server.port}`;
    const urls = [WITH_BETA_EMBED, WITHOUT].flatMap((page) => [`${page}og.png`, page]);
    const inFlight = urls.map((url) =>
      fetch(base + url).then(
        async (r) => [url, r.status, (await r.arrayBuffer()).byteLength] as const,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const exit = server.stop();
    const answers = await Promise.all(inFlight);
    for (const [url, status, length] of answers) {
      expect(status, url).toBe(200);
      expect(length, url).toBeGreaterThan(10_000);
    }
    expect(server.output()).toContain('SIGTERM: finishing requests in flight');
    expect(await exit).toBe(0);
    await expect(fetch(base + WITHOUT)).rejects.toThrow();
  });
});

describe('SIGKILL', () => {
  it('with requests in flight: restarted, the server serves the same build, and removes the images the killed one left half-written', async () => {
    const ogCache = path.join(work, 'og-killed');
    const before = treeSnapshot(out);
    const server = await startServer(out, { OG_CACHE_DIR: ogCache });
    const base = `http://127.0.0.1:${server.port}`;
    const pages = ['/', WITHOUT, `${WITHOUT}data.json`, WITH_BETA_EMBED, '/compare/nope-vs-none/'];
    const answer = async (port: number, url: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${url}`);
      return [res.status, await res.text()];
    };
    const first = await Promise.all(pages.map((url) => answer(server.port, url)));
    // The images are drawn on request with an empty cache: they are still in flight when the server dies.
    const inFlight = [WITH_BETA_EMBED, WITHOUT].map((p) =>
      fetch(`${base}${p}og.png`).catch(() => 'cut'),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    process.kill(server.pid, 'SIGKILL');
    expect(await server.exited).toBe(null);
    await Promise.all(inFlight);
    // What a server killed while writing an image leaves: its temporary file (src/og/cache-dir.ts).
    mkdirSync(ogCache, { recursive: true });
    const half = path.join(ogCache, `${'0'.repeat(64)}.png.${server.pid}.k1ll3d.tmp`);
    writeFileSync(half, 'half an image');

    const again = await startServer(out, { OG_CACHE_DIR: ogCache });
    try {
      expect(existsSync(half)).toBe(false);
      const second = await Promise.all(pages.map((url) => answer(again.port, url)));
      expect(second).toEqual(first);
      expect(first.map(([status]) => status)).toEqual([200, 200, 200, 200, 404]);
      expect(treeSnapshot(out)).toEqual(before);
    } finally {
      await again.stop();
    }
  });
});

describe('behind nginx with proxy_cache', () => {
  it('serves the second request for a pair from the cache, and revalidates with the ETag', async () => {
    expect(
      nginxBinary(),
      'Debian nginx must be installed (apt-get install -y nginx; .ci/run does it)',
    ).toBeDefined();
    const server = await startServer(out);
    const nginx = await startNginxCache(path.join(work, 'nginx'), server.port);
    try {
      const url = `http://127.0.0.1:${nginx.port}${WITHOUT}`;
      const first = await fetch(url);
      expect(first.status).toBe(200);
      expect(first.headers.get('x-cache-status')).toBe('MISS');
      const body = await first.text();
      const second = await fetch(url);
      expect(second.headers.get('x-cache-status')).toBe('HIT');
      expect(await second.text()).toBe(body);
      // The pair's data.json is a page of its own in the cache.
      expect((await fetch(`${url}data.json`)).headers.get('x-cache-status')).toBe('MISS');
      // A client revalidating through the cache gets 304 from the cache.
      const conditional = await fetch(url, {
        headers: { 'If-None-Match': first.headers.get('etag')! },
      });
      expect(conditional.status).toBe(304);
    } finally {
      await nginx.stop();
      await server.stop();
    }
  });
});
