/**
 * Every page type at a phone size (390×844) and a laptop size (1280×800), in
 * light and dark schemes, in Debian's Chromium: the page never scrolls
 * sideways (a wide table scrolls inside its own container, which shows a
 * cue), and a screenshot of each is kept under test-results/screens/.
 * SCREENS_DIST=<built site> runs the same checks on another build (the full
 * catalogue, say) instead of the site fixture.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM } from '../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../quality/serve.ts';
import fg from 'fast-glob';
import { isNoindex, pageType } from '../quality/site.ts';
import { ROOT } from '../support/build-site.ts';
import { buildFixtureSite, type FixtureSite } from '../pages/site-fixture.ts';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SCREENS = path.join(ROOT, 'test-results', 'screens');

let site: FixtureSite | undefined;
let dist: string;
let browser: Browser;
let origin: string;
let close: () => Promise<void>;
let urls: string[] = [];

beforeAll(async () => {
  if (process.env.SCREENS_DIST) dist = path.resolve(process.env.SCREENS_DIST);
  else {
    site = buildFixtureSite();
    dist = site.dist;
  }
  // Hybrid output (client/ and server/): served by the real server, which also renders the on-demand pages.
  const hybrid = existsSync(path.join(dist, 'server', 'entry.mjs'));
  const files = hybrid ? path.join(dist, 'client') : dist;
  // Only what is needed of each page is kept, and pair pages are not read (a full catalogue has 36,000 of them).
  const all = fg
    .sync('**/*.html', { cwd: files })
    .sort()
    .flatMap((rel) => {
      const file = path.join(files, rel);
      const url =
        rel === 'index.html'
          ? '/'
          : rel.endsWith('/index.html')
            ? `/${rel.slice(0, -'index.html'.length)}`
            : `/${rel}`;
      const html = url.startsWith('/compare/') && hybrid ? '' : readFileSync(file, 'utf8');
      const type = pageType({ url, html });
      return url === '/404/'
        ? []
        : [{ url, file, size: statSync(file).size, noindex: isNoindex({ html }), type }];
    });
  // The first page of each type by path that search engines may index, else the first (as onePerType chooses).
  const firstOfType = new Map<string, (typeof all)[number]>();
  for (const p of all)
    if (!firstOfType.has(p.type) || (firstOfType.get(p.type)!.noindex && !p.noindex))
      firstOfType.set(p.type, p);
  // One page of each type, and the heaviest page of each detail type: the one most likely to be too wide.
  const heaviest = ['compare/detail', 'models/detail', 'makers/detail', 'providers/detail'].map(
    (type) => all.filter((p) => p.type === type).sort((x, y) => y.size - x.size)[0],
  );
  urls = [
    ...new Set([
      ...[...firstOfType.values()].map((p) => p.url),
      ...heaviest.filter((p) => p !== undefined).map((p) => p.url),
    ]),
  ];
  if (hybrid) {
    // Three and four models side by side (on demand), from the models of the heaviest pair and the first model pages.
    const models = all.filter((p) => p.type === 'models/detail').map((p) => p.url.split('/')[2]!);
    urls.push(
      `/compare/?models=${models.slice(0, 3).join(',')}`,
      `/compare/?models=${models.slice(0, 4).join(',')}`,
    );
    ({ origin, close } = await startServer(dist));
  } else ({ origin, close } = await serve(dist));
  browser = await chromium.launch(CHROMIUM);
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await close?.();
  site?.cleanup();
});

/** `npm start` on a free port: the prerendered files and the on-demand pages, as in production. */
async function startServer(out: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: out, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => void (/serving/.test(String(d)) && resolve()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))),
  };
}

const name = (url: string) =>
  url
    .replace(/^\/|\/$/g, '')
    .replace(/[^a-z0-9.-]+/gi, '_')
    .slice(0, 80) || 'home';

describe('every page type on any screen', () => {
  for (const size of SIZES) {
    for (const colorScheme of SCHEMES) {
      it(`no sideways scrolling at ${size.width}×${size.height}, ${colorScheme}`, async () => {
        expect(urls.length).toBeGreaterThanOrEqual(9);
        expect(urls.some((u) => u.startsWith('/compare/?models='))).toBe(
          existsSync(path.join(dist, 'server', 'entry.mjs')),
        );
        const context = await browser.newContext({ viewport: size, colorScheme });
        const wide: string[] = [];
        const uncued: string[] = [];
        // One page taken from URL to URL: a new page for each costs about half a second.
        const page = await context.newPage();
        for (const url of urls) {
          const response = await page.goto(origin + url);
          if (!url.startsWith('/404')) expect(response?.status(), url).toBe(200);
          const m = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement!.scrollWidth,
            innerWidth: window.innerWidth,
            // Containers that scroll sideways must say so: the cue class and a keyboard stop.
            uncued: [...document.querySelectorAll<HTMLElement>('.table-wrap')]
              .filter((el) => el.scrollWidth > el.clientWidth + 1)
              .filter(
                (el) =>
                  getComputedStyle(el).overflowX !== 'auto' ||
                  el.tabIndex !== 0 ||
                  !el.hasAttribute('aria-label'),
              )
              .map((el) => el.querySelector('caption')?.textContent ?? el.outerHTML.slice(0, 60)),
          }));
          // JPEG: a full-page PNG of the longest pages costs more to encode than the rest of the check.
          await page.screenshot({
            path: path.join(SCREENS, `${name(url)}-${size.width}-${colorScheme}.jpg`),
            fullPage: true,
            type: 'jpeg',
            quality: 80,
          });
          if (m.scrollWidth > m.innerWidth) wide.push(`${url}: ${m.scrollWidth} > ${m.innerWidth}`);
          uncued.push(...m.uncued.map((c) => `${url}: ${c}`));
        }
        await context.close();
        expect(wide).toEqual([]);
        expect(uncued).toEqual([]);
        // Full-page screenshots of the largest pages (the whole leaderboard, a provider with hundreds of routes) take a while.
      }, 600_000);
    }
  }
});
