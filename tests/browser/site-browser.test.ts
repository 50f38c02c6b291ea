/**
 * The pages around the pairs in Debian's Chromium, on the site fixture:
 * the picker by keyboard and by mouse, the no-JavaScript index, reversed
 * pair URLs, the 404 page, the sharing image, and the sitemaps.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM } from '../support/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startServer, type RunningServer } from '../../scripts/serve/run-server.ts';
import {
  buildFixtureSite,
  FIXTURE_SITEMAP_MAX,
  THIN_PAIRS,
  type FixtureSite,
} from '../pages/site-fixture.ts';

let site: FixtureSite;
let browser: Browser;
let origin: string;
let server: RunningServer;

beforeAll(async () => {
  site = buildFixtureSite();
  // The real server (npm start) on the whole build: it answers reversed and unknown pairs.
  server = await startServer(path.dirname(site.dist));
  origin = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch(CHROMIUM);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  site?.cleanup();
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await page.goto(origin + path);
  return page;
}

/** Main-frame URLs the page goes through: the picker must go straight to the canonical URL, not through the reversed-pair redirect. */
function navigations(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => void (frame === page.mainFrame() && urls.push(frame.url())));
  return urls;
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

describe('model picker', () => {
  it('picks two models by keyboard and lands on their canonical pair page', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'First model' }).focus();
    await page.keyboard.type('beta on');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['Beta One (Beta & Co)']);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page.getByRole('combobox', { name: 'First model' }).getAttribute('aria-activedescendant'),
      )
      .toBe('pick-0-list-beta-one');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: 'First model' }).inputValue()).toBe('Beta One');
    expect(
      await page.getByRole('combobox', { name: 'First model' }).getAttribute('aria-expanded'),
    ).toBe('false');
    await page.keyboard.press('Tab');
    await page.keyboard.type('acme pro');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const visited = navigations(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/compare/alpha-pro-vs-beta-one/`);
    expect(visited).toEqual([`${origin}/compare/alpha-pro-vs-beta-one/`]);
    expect(await page.locator('h1').textContent()).toBe('Alpha Pro vs Beta One');
  });

  it('picks two models by mouse, and refuses the same model twice', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'First model' }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Gamma Thin (Gamma)' }).click();
    await page.getByRole('combobox', { name: 'Second model' }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Gamma Thin (Gamma)' }).click();
    await page.getByRole('button', { name: 'Compare' }).click();
    expect(await page.locator('form[data-picker]').getByRole('status').textContent()).toBe(
      'Choose two different models.',
    );
    await page.getByRole('combobox', { name: 'Second model' }).fill('mini');
    await page.getByRole('listbox').getByRole('option', { name: 'Alpha Mini (Acme Labs)' }).click();
    const visited = navigations(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${origin}/compare/alpha-mini-vs-gamma-thin/`);
    expect(visited).toEqual([`${origin}/compare/alpha-mini-vs-gamma-thin/`]);
  });

  it('keeps the list open when the field is left and at once come back to', async () => {
    const page = await open('/');
    const second = page.getByRole('combobox', { name: 'Second model' });
    await second.click();
    await page.getByRole('button', { name: 'Compare' }).focus();
    await second.fill('mini');
    await page.waitForTimeout(400);
    expect(
      await page
        .getByRole('listbox')
        .getByRole('option', { name: 'Alpha Mini (Acme Labs)' })
        .isVisible(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Compare' }).focus();
    await expect
      .poll(() =>
        page
          .getByRole('listbox')
          .getByRole('option', { name: 'Alpha Mini (Acme Labs)' })
          .isVisible(),
      )
      .toBe(false);
  });

  it('has no axe violations with a list open', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'First model' }).click();
    await page.keyboard.type('alpha');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(3);
    await noAxeViolations(page);
  });

  it('leaves the picker hidden without JavaScript; the model index reaches a pair page', async () => {
    const page = await open('/', false);
    expect(await page.locator('form[data-picker]').isVisible()).toBe(false);
    await page
      .getByRole('row', { name: /^Beta Embed/ })
      .getByRole('link', { name: 'Beta One' })
      .click();
    await page.waitForURL(`${origin}/compare/beta-embed-vs-beta-one/`);
    expect(await page.locator('h1').textContent()).toBe('Beta Embed vs Beta One');
  });
});

describe('home leaderboard', () => {
  const names = (page: Page) =>
    page.locator('table[data-lb] tbody tr:visible th a').allTextContents();
  const column = (page: Page, n: number) =>
    page
      .locator('table[data-lb] tbody tr:visible')
      .evaluateAll((rows, i) => rows.map((r) => (r.children[i] as HTMLElement).dataset.v ?? ''), n);

  it('lists every model without JavaScript, and sorts by a column and filters with it', async () => {
    const plain = await open('/', false);
    expect(await plain.locator('table[data-lb] tbody tr').count()).toBe(6);
    const page = await open('/');
    const before = await names(page);
    await page.locator('table[data-lb] th button', { hasText: /^Context$/ }).click();
    const contexts = (await column(page, 5)).filter(Boolean).map(Number);
    expect(contexts.length).toBeGreaterThan(1);
    expect(
      new Set([
        [...contexts].sort((a, b) => a - b).join(),
        [...contexts].sort((a, b) => b - a).join(),
      ]),
    ).toContain(contexts.join());
    const first = contexts.join();
    await page.locator('table[data-lb] th button', { hasText: /^Context$/ }).click();
    expect((await column(page, 5)).filter(Boolean).map(Number).join()).toBe(
      [...contexts].reverse().join(),
    );
    expect(first).not.toBe([...contexts].reverse().join());
    expect(new Set(await names(page))).toEqual(new Set(before));
    await page
      .locator('form[data-lb-filters] select[name="kind"]')
      .selectOption({ label: 'embedding model' });
    expect(await names(page)).toEqual(['Beta Embed']);
  });
});

describe('side by side', () => {
  it('opens from the picker with the two models chosen, and takes a third model', async () => {
    const page = await open('/');
    await page.getByRole('combobox', { name: 'First model' }).fill('alpha pro');
    await page.getByRole('listbox').getByRole('option', { name: 'Alpha Pro (Acme Labs)' }).click();
    await page.getByRole('combobox', { name: 'Second model' }).fill('beta one');
    await page.getByRole('listbox').getByRole('option', { name: 'Beta One (Beta & Co)' }).click();
    await page.getByRole('link', { name: 'Three or four models side by side' }).click();
    await page.waitForURL(/\/compare\/\?models=/);
    await page.getByLabel('Add a model').selectOption({ label: 'Alpha Mini' });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(
      /models=alpha-pro%2Cbeta-one%2Calpha-mini|models=alpha-pro,beta-one,alpha-mini/,
    );
    const headings = await page.locator('main table thead th').allTextContents();
    for (const name of ['Alpha Pro', 'Beta One', 'Alpha Mini'])
      expect(headings.join(' ')).toContain(name);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  });
});

describe('URLs', () => {
  it('sends the reversed pair URL to the canonical page with a 301', async () => {
    const page = await (await browser.newContext()).newPage();
    const redirects: number[] = [];
    page.on('response', (r) => void (r.status() === 301 && redirects.push(r.status())));
    await page.goto(`${origin}/compare/beta-one-vs-alpha-pro/`);
    await page.waitForURL(`${origin}/compare/alpha-pro-vs-beta-one/`);
    expect(redirects).toEqual([301]);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      'https://llm-compare.example/compare/alpha-pro-vs-beta-one/',
    );
  });

  it('answers an unknown pair with a 404 page whose picker holds the model it recognised', async () => {
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${origin}/compare/alpha-pro-vs-no-such-model/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByRole('combobox', { name: 'First model' }).inputValue()).toBe(
      'Alpha Pro',
    );
    expect(await page.getByRole('combobox', { name: 'Second model' }).inputValue()).toBe('');
    await page.getByRole('combobox', { name: 'Second model' }).fill('beta one');
    await page.getByRole('listbox').getByRole('option', { name: 'Beta One (Beta & Co)' }).click();
    await noAxeViolations(page);
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${origin}/compare/alpha-pro-vs-beta-one/`);
  });
});

describe('sharing image', () => {
  it('is the 1200×630 PNG the pair page names, and Chromium decodes it', async () => {
    const page = await open('/compare/alpha-pro-vs-beta-one/');
    const image = new URL(
      (await page.locator('meta[property="og:image"]').getAttribute('content'))!,
    ).pathname;
    const response = await page.request.get(origin + image);
    expect(response.headers()['content-type']).toBe('image/png');
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, image);
    expect(size).toEqual([1200, 630]);
  });
});

describe('sitemaps', () => {
  it('are valid XML, within the URL limit, and list every indexable page but no noindex page', async () => {
    const page = await open('/');
    const robots = await (await page.request.get(`${origin}/robots.txt`)).text();
    const indexUrl = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!);
    const parse = async (path: string, tag: string) => {
      const xml = await (await page.request.get(origin + path)).text();
      return page.evaluate(
        ([text, name]) => {
          const doc = new DOMParser().parseFromString(text!, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length)
            throw new Error(`not valid XML: ${doc.documentElement.textContent}`);
          return [
            ...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', name!),
          ].map((e) => ({
            loc: e.getElementsByTagName('loc')[0]!.textContent!,
            lastmod: e.getElementsByTagName('lastmod')[0]?.textContent ?? '',
          }));
        },
        [xml, tag],
      );
    };
    const files = await parse(indexUrl.pathname, 'sitemap');
    expect(files.length).toBe(4);
    const listed: string[] = [];
    for (const file of files) {
      const urls = await parse(new URL(file.loc).pathname, 'url');
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(Math.min(FIXTURE_SITEMAP_MAX, 50_000));
      for (const u of urls) expect(u.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      listed.push(...urls.map((u) => new URL(u.loc).pathname));
    }
    expect(new Set(listed).size).toBe(listed.length);
    for (const path of listed) {
      const html = await (await page.request.get(origin + path)).text();
      expect(html, path).not.toContain('name="robots"');
    }
    for (const slug of THIN_PAIRS) {
      expect(listed).not.toContain(`/compare/${slug}/`);
      const response = await page.request.get(`${origin}/compare/${slug}/`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('<meta name="robots" content="noindex, follow">');
    }
    expect(listed).toContain('/compare/alpha-pro-vs-beta-one/');
    expect(listed).toContain('/models/gamma-thin/');
  });
});
