/**
 * Lighthouse on one page of each type of the built seed site (home, pair,
 * model, maker, provider, their indexes, the 404 page), served like a static
 * host (public/_headers, gzip): performance ≥ 98, accessibility, best
 * practices and SEO 100. Runs after every other test file (vitest.config.ts:
 * its own project, last), so no build or browser competes for the CPU.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLighthouse, shortfalls, type LighthouseRunner } from './lighthouse-run.ts';
import { serve } from './serve.ts';
import { isNoindex, onePerType, pages, pageType } from './site.ts';

const site = inject('seedSite');
const targets = onePerType(pages(site));
let server: Awaited<ReturnType<typeof serve>>;
let lighthouse: LighthouseRunner;

beforeAll(async () => {
  server = await serve(site);
  lighthouse = await startLighthouse();
});
afterAll(async () => {
  await lighthouse?.close();
  await server?.close();
});

describe('Lighthouse', () => {
  it('covers every page type', () => {
    expect(targets.map(pageType).sort()).toEqual([
      '404.html',
      '500.html',
      'compare/detail',
      'home',
      'makers/detail',
      'makers/index',
      'models/detail',
      'models/index',
      'providers/detail',
      'providers/index',
    ]);
  });

  it.each(targets.map((p) => [pageType(p), p] as const))(
    'scores %s at the minimums',
    async (_type, page) => {
      const noindex = isNoindex(page);
      const result = await lighthouse.run(server.origin + page.url);
      const short = shortfalls(result.scores, noindex);
      expect(
        short,
        `${page.url}: ${JSON.stringify(result.scores)}\n${result.failing.join('\n')}`,
      ).toEqual([]);
    },
    120_000,
  );
});
