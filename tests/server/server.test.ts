/**
 * The built site served as `npm start` serves it (scripts/start.ts), on
 * 127.0.0.1: the site fixture as deployed (the core and chosen pairs
 * prerendered, the rest on demand), copied from the test run's shared build,
 * answers as the shared build with every pair prerendered (PRERENDER=all)
 * says it should.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve/run-server.ts';
import { runBuild, siteDir } from '../support/build-site.ts';
import { SITE_FIXTURE } from '../pages/site-fixture.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'llm-compare-server-'));
/** A copy of the shared deployed build: a test below builds bad data into it. */
const hybrid = path.join(work, 'hybrid');
const everything = inject('siteOut');
let server: RunningServer;
let base: string;
/** Pairs the deployed build left to the server. */
let onDemand: string[];

beforeAll(async () => {
  cpSync(inject('siteHybridOut'), hybrid, { recursive: true, verbatimSymlinks: true });
  const all = fg
    .sync('compare/*/index.html', { cwd: siteDir(everything) })
    .map((f) => f.split('/')[1]!);
  onDemand = all.filter((slug) => !existsSync(path.join(siteDir(hybrid), 'compare', slug)));
  server = await startServer(hybrid);
  base = `http://127.0.0.1:${server.port}`;
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (!process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(base + url, { headers, redirect: 'manual' });

describe('the deployed build', () => {
  it('prerenders the chosen pairs and leaves the others to the server', () => {
    expect(onDemand.length).toBeGreaterThan(0);
    expect(onDemand.length).toBeLessThan(
      fg.sync('compare/*/index.html', { cwd: siteDir(everything) }).length,
    );
    expect(existsSync(path.join(hybrid, 'server', 'entry.mjs'))).toBe(true);
  });
});

describe('sitemaps of the deployed build', () => {
  it('list every indexable pair with its lastmod, prerendered or rendered on request', () => {
    const xml = fg
      .sync('sitemaps/*.xml', { cwd: siteDir(hybrid) })
      .map((f) => readFileSync(path.join(siteDir(hybrid), f), 'utf8'))
      .join('');
    const everyXml = fg
      .sync('sitemaps/*.xml', { cwd: siteDir(everything) })
      .map((f) => readFileSync(path.join(siteDir(everything), f), 'utf8'))
      .join('');
    expect(xml).toBe(everyXml);
    const listed = [
      ...xml.matchAll(
        /<loc>[^<]*\/compare\/([^/<]+)\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/g,
      ),
    ].map((m) => m[1]);
    expect(listed.filter((slug) => onDemand.includes(slug!)).length).toBeGreaterThan(0);
  });
});

describe('pairs rendered on request', () => {
  it('are byte-identical to the same pair prerendered: page, data.json and sharing image', async () => {
    for (const slug of onDemand) {
      for (const file of ['index.html', 'data.json', 'og.png']) {
        const res = await get(`/compare/${slug}/${file === 'index.html' ? '' : file}`);
        expect(res.status, `${slug}/${file}`).toBe(200);
        const body = Buffer.from(await res.arrayBuffer());
        expect(
          body.equals(readFileSync(path.join(siteDir(everything), 'compare', slug, file))),
          `${slug}/${file}`,
        ).toBe(true);
      }
    }
  });

  it('carry Cache-Control for shared caches, the two models as cache tags, and an ETag answered with 304', async () => {
    const slug = onDemand[0]!;
    const res = await get(`/compare/${slug}/`);
    expect(res.headers.get('cache-control')).toMatch(
      /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
    expect(res.headers.get('cache-tag')).toBe(
      slug
        .split('-vs-')
        .map((id) => `model:${id}`)
        .join(','),
    );
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`/compare/${slug}/`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(`/compare/${slug}/`, { 'If-None-Match': '"other"' })).status).toBe(200);
    expect((await get(`/compare/${slug}/data.json`)).headers.get('etag')).not.toBe(etag);
  });
});

describe('URLs', () => {
  it('answer a reversed pair with a 301 to the canonical URL, for the page and its files', async () => {
    for (const slug of [
      onDemand[0]!,
      fg.sync('compare/*/index.html', { cwd: siteDir(hybrid) })[0]!.split('/')[1]!,
    ]) {
      const [a, b] = slug.split('-vs-');
      for (const file of ['', 'data.json', 'og.png']) {
        const res = await get(`/compare/${b}-vs-${a}/${file}`);
        expect(res.status, `${b}-vs-${a}/${file}`).toBe(301);
        expect(res.headers.get('location')).toBe(`/compare/${slug}/${file}`);
      }
    }
  });

  it('answer a URL naming an unknown model with 404 and the helpful 404 page', async () => {
    for (const url of ['/compare/nope-vs-alpha-pro/data.json', '/compare/nope-vs-alpha-pro/og.png'])
      expect((await get(url)).status, url).toBe(404);
    for (const url of [
      '/compare/alpha-pro-vs-nope/',
      '/compare/alpha-pro-vs-alpha-pro/',
      '/models/nope/',
      '/nowhere/',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      const html = await res.text();
      expect(html, url).toContain('Page not found');
      expect(res.headers.get('cache-control') ?? '', url).not.toMatch(/s-maxage/);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('serve the prerendered files: slashless paths redirected, dotfiles refused, assets immutable', async () => {
    const pair = onDemand[0]!;
    for (const [url, to] of [
      ['/models', '/models/'],
      [`/compare/${pair}`, `/compare/${pair}/`],
      [`/compare/${pair}?x=1`, `/compare/${pair}/?x=1`],
    ]) {
      const res = await get(url!);
      expect(res.status, url).toBe(301);
      expect(
        new URL(res.headers.get('location')!, base).pathname +
          new URL(res.headers.get('location')!, base).search,
      ).toBe(to);
    }
    expect((await get('/robots.txt')).status).toBe(200);
    const dot = await get('/.hidden/');
    expect(dot.status).toBe(404);
    expect(await dot.text()).toContain('Page not found');
    const home = await get('/');
    const asset = (await home.text()).match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    const css = await get(asset);
    expect(css.status).toBe(200);
    expect(css.headers.get('cache-control')).toContain('immutable');
    expect(css.headers.get('etag')).toBeTruthy();
  });

  it('answer malformed and very long paths with 404 at once, without a stack trace', async () => {
    for (const url of [
      '/compare/%ZZ/',
      '/compare/a%00b-vs-c/',
      `/compare/${'a'.repeat(5000)}-vs-b/`,
      `/${'x/'.repeat(600)}`,
      '/compare/alpha-pro-vs-beta-one/..%5c..%5cetc/',
    ]) {
      const started = performance.now();
      const res = await get(url);
      expect(res.status, url.slice(0, 40)).toBe(404);
      const html = await res.text();
      expect(html).toContain('Page not found');
      expect(html).not.toMatch(/at \w+ \(|node:internal|Error:/);
      expect(performance.now() - started).toBeLessThan(1000);
    }
    expect(server.output()).not.toMatch(/Error|at \w+ \(/);
  });
});

describe('faults', () => {
  it('a running server keeps serving the last good build when a build with bad data fails', async () => {
    const bad = path.join(work, 'bad-data');
    cpSync(SITE_FIXTURE, bad, { recursive: true });
    writeFileSync(path.join(bad, 'models', 'alpha-pro.yaml'), 'name: [unclosed\n');
    const run = runBuild(bad, hybrid, { PRERENDER: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Build stopped');
    expect((await get(`/compare/${onDemand[0]}/`)).status).toBe(200);
    expect((await get('/')).status).toBe(200);
  });
});
