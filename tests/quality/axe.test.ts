/** axe-core finds no accessibility violations on any page type, in Chromium, light and dark (colour rules). */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM } from '../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from './serve.ts';
import { onePerType, pages, pageType } from './site.ts';

const site = inject('seedSite');
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(site);
  browser = await chromium.launch(CHROMIUM);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['light', 'dark'] as const)('axe in Chromium, %s scheme', (colorScheme) => {
  // One page per scheme, taken from URL to URL: a fresh context and page for each check cost more
  // than the check.
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    const context = await browser.newContext({ colorScheme });
    page = await context.newPage();
    // Failed loads are reported by URL below; the browser's own favicon probe is not the page's.
    page.on(
      'console',
      (m) =>
        m.type() === 'error' &&
        !m.text().startsWith('Failed to load resource') &&
        errors.push(m.text()),
    );
    page.on(
      'response',
      (r) =>
        r.status() >= 400 &&
        !r.url().endsWith('/favicon.ico') &&
        errors.push(`${r.status()} ${r.url()}`),
    );
  });
  afterAll(() => page?.context().close());

  const types = onePerType(pages(site)).map((p) => [pageType(p), p.url] as const);
  it.each(types)('%s (%s): no violations', async (_, url) => {
    errors.length = 0;
    await page.goto(server.origin + url, { waitUntil: 'load' });
    // The dark scheme changes colours only: the rules that read colours run there, every rule in light.
    // Legacy mode runs axe in the page itself instead of also opening a blank page to gather the
    // results of frames: the site's pages have no frames.
    const axe = new AxeBuilder({ page }).setLegacyMode(true);
    if (colorScheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
    const result = await axe.analyze();
    expect(result.passes.length, 'axe ran its rules').toBeGreaterThan(0);
    expect(
      result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
    expect(errors, 'console errors and failed loads (CSP violations show here)').toEqual([]);
  });
});
