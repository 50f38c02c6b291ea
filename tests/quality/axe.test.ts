/** axe-core finds no accessibility violations on any page type, in Chromium, light and dark (colour rules). */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright';
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

describe('axe in Chromium', () => {
  const types = onePerType(pages(site)).map((p) => [pageType(p), p.url] as const);
  it.each(
    types.flatMap(([type, url]) =>
      (['light', 'dark'] as const).map((scheme) => [type, url, scheme] as const),
    ),
  )('%s (%s, %s scheme): no violations', async (_, url, colorScheme) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
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
    await page.goto(server.origin + url, { waitUntil: 'load' });
    // The dark scheme changes colours only: the rules that read colours run there, every rule in light.
    const axe = new AxeBuilder({ page });
    if (colorScheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
    const result = await axe.analyze();
    await context.close();
    expect(
      result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
    expect(errors, 'console errors and failed loads (CSP violations show here)').toEqual([]);
  });
});
