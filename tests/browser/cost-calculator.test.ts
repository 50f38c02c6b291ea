/**
 * The cost calculator in Chromium, on the cost fixture (tiers, cached prices,
 * batch and cache-write prices, a time-of-day route, a short-context route)
 * and on a seed pair page, served with a Content-Security-Policy that allows
 * no inline script.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { CHROMIUM } from '../support/chromium.ts';
import { buildCostSite, COST_PAIR, serveSite } from '../cost/cost-site.ts';

let browser: Browser;
let cost: { origin: string; server: Server; cleanup: () => void };
let seed: { origin: string; server: Server };

beforeAll(async () => {
  const site = buildCostSite();
  cost = { ...(await serveSite(site.dist)), cleanup: site.cleanup };
  seed = await serveSite(inject('seedSite'));
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  cost?.server.close();
  seed?.server.close();
  cost?.cleanup();
});

/** Every traffic-dependent figure of the cost section, as the reader sees it. */
async function figures(page: Page) {
  return page.evaluate(() => {
    const section = document.querySelector('section[data-cost]')!;
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      hooks: [...section.querySelectorAll('[data-cf]:not([data-cf="chart"])')].map(
        (el) => `${el.getAttribute('data-cf')}=${text(el)}`,
      ),
      rows: [...section.querySelectorAll('tbody[data-side] tr:not(:first-child)')].map(
        (tr) =>
          `${tr.parentElement!.getAttribute('data-side')}${[...tr.parentElement!.children].indexOf(tr) - 1}|${tr.className}|${[...(tr as HTMLTableRowElement).cells].map(text).join('|')}`,
      ),
      chart: section.querySelector('[data-cf="chart"] svg')!.outerHTML,
      chartName: text(section.querySelector('[data-cf="chart"] svg title')!),
      /** The chart's visible text: group headings, route names and values. */
      chartText: [...section.querySelectorAll('[data-cf="chart"] svg text')].map(text).join(' | '),
    };
  });
}

const hook = (f: Awaited<ReturnType<typeof figures>>, key: string) =>
  f.hooks.filter((h) => h.startsWith(`${key}=`)).map((h) => h.slice(key.length + 1));

async function open(url: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  page.setDefaultTimeout(5000);
  await page.goto(url);
  if (javaScriptEnabled) await page.waitForSelector('form[data-cost-form]');
  return { page, context, violations };
}

describe('cost calculator in Chromium', () => {
  it('shows the same figures without JavaScript as with it at the default traffic', async () => {
    for (const origin of [cost.origin, seed.origin]) {
      const path = origin === cost.origin ? COST_PAIR : '/compare/mistral-small-4-vs-mimo-v2-pro/';
      const plain = await open(origin + path, false);
      const withJs = await open(origin + path);
      const a = await figures(plain.page);
      const b = await figures(withJs.page);
      expect(b).toEqual(a);
      expect(a.hooks.length).toBeGreaterThan(8);
      // Without JavaScript there is no form: the page states its one traffic and nothing to change.
      expect(await plain.page.locator('form').count()).toBe(0);
      await expect
        .poll(() =>
          withJs.page
            .getByRole('group', { name: 'Traffic' })
            .getByRole('radio', { checked: true })
            .getAttribute('value'),
        )
        .toBe('production');
      expect(withJs.violations).toEqual([]);
      expect(withJs.page.url()).toBe(origin + path);
      await plain.context.close();
      await withJs.context.close();
    }
  });

  it('updates every figure, the difference, the cheapest route and the URL when the traffic changes', async () => {
    const { page, context, violations } = await open(cost.origin + COST_PAIR);
    const before = await figures(page);
    expect(hook(before, 'a-monthly')).toEqual(['$3,100']);

    await page.getByRole('radio', { name: /^Scale/ }).check();
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?in=50000&out=10000`);
    let f = await figures(page);
    expect(hook(f, 'traffic')).toEqual(
      Array(2).fill('50,000M input and 10,000M output tokens a month'),
    );
    expect(hook(f, 'a-monthly')).toEqual(['$155,000']);
    expect(hook(f, 'b-monthly')).toEqual(['$15,000']);
    expect(hook(f, 'difference')).toEqual([
      'Alpha Pro costs $140,000 more a month than Beta Mini at this traffic (10.3× as much).',
    ]);
    expect(f.chartText).toContain(
      'Alpha Pro (the cheapest of 2 priced routes) | Fast Host | $155,000 (cheapest) | Beta Mini',
    );
    expect(f.chartName).toContain(
      'at 50,000M input and 10,000M output tokens a month, cheapest first',
    );

    await page.getByLabel('Cached input share, %').fill('50');
    await expect
      .poll(() => page.url())
      .toBe(`${cost.origin}${COST_PAIR}?in=50000&out=10000&cached=50`);
    f = await figures(page);
    expect(hook(f, 'a-monthly')).toEqual(['$134,375']);
    expect(hook(f, 'a-route')).toEqual(['Cheapest route: Acme Cloud']);
    expect(hook(f, 'a-basis')).toEqual(['$1.25 input ($0.125 cached) + $10 output per 1M tokens']);
    expect(f.rows).toContain(
      'a0|cheapest|Acme Cloud Above 200K-token prompts: $2.50 input, $15 output, $0.25 cached Batch: $0.625 input, $5 output; Cache writes: $1.563 (5-minute cache), $2.50 (1-hour cache)|$1.25|$0.125|$10|$134,375|Cheapest',
    );
    expect(f.rows).toContain(
      'a1||Fast Host|$1.50|Not sourced|$8|$155,000|No cached price: input price used',
    );
    expect(await page.getByRole('radio', { name: 'Custom' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: /^Scale/ }).isChecked()).toBe(true);

    await page.getByLabel('Input tokens a month, millions').fill('123');
    await expect.poll(() => page.url()).toContain('?in=123&out=10000&cached=50');
    expect(await page.getByRole('radio', { name: 'Custom' }).isChecked()).toBe(true);

    // Back to the default traffic: the URL loses its query and the page reads as built.
    await page.getByRole('radio', { name: /^Production/ }).check();
    await page.getByLabel('Cached input share, %').fill('0');
    await expect.poll(() => page.url()).toBe(cost.origin + COST_PAIR);
    expect(await figures(page)).toEqual(before);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('opens a shared link with its traffic: form, figures and chart', async () => {
    const { page, context } = await open(
      `${cost.origin}${COST_PAIR}?in=10&out=2&cached=50&prompt=300000`,
    );
    expect(await page.getByRole('radio', { name: /^Prototype/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Average prompt length, tokens').inputValue()).toBe('300000');
    const f = await figures(page);
    expect(hook(f, 'traffic')[0]).toBe(
      '10M input and 2M output tokens a month, 50% of input cached, prompts averaging 300K tokens',
    );
    expect(hook(f, 'a-monthly')).toEqual(['$43.75']);
    expect(hook(f, 'a-basis')).toEqual([
      '$2.50 input ($0.25 cached) + $15 output per 1M tokens, long-context tier above 200K',
    ]);
    expect(hook(f, 'b-monthly')).toEqual(['Unavailable']);
    expect(hook(f, 'b-route')).toEqual([
      'No tracked route with a sourced price takes prompts of 300K tokens.',
    ]);
    expect(await page.locator('[data-cf="b-fig"]').getAttribute('class')).toContain('unknown');
    expect(f.rows).toContain(
      'a1||Fast Host|$1.50|Not sourced|$8|Not served|Prompt longer than its context limit',
    );
    expect(f.chartText).toBe(
      'Alpha Pro | Acme Cloud | $43.75 (cheapest) | Beta Mini | Monthly cost | Not sourced',
    );
    expect(f.chartName).toContain('for Alpha Pro (1 route) and Beta Mini (no priced route)');
    await context.close();
  });

  it('moves every figure and the URL with the batch, off-peak and cache-write shares', async () => {
    const { page, context, violations } = await open(cost.origin + COST_PAIR);
    const before = await figures(page);
    expect(hook(before, 'b-monthly')).toEqual(['$300']);
    expect(before.rows).toContain(
      'b2||Night Cloud Off-peak 16:30–00:30 UTC: $0.05 input, $0.40 output|$0.40|Not sourced|$1.60|$523.33|Off-peak prices for 33.33% of traffic',
    );
    expect(await page.getByLabel('Off-peak share of traffic, %').inputValue()).toBe('');

    // Half the traffic batched: Acme Cloud's batch prices make it Alpha Pro's cheapest route; Fast Host has none.
    await page.getByLabel('Batch share of traffic, %').fill('50');
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?batch=50`);
    let f = await figures(page);
    expect(hook(f, 'traffic')[0]).toBe('1,000M input and 200M output tokens a month, 50% batched');
    expect(hook(f, 'a-monthly')).toEqual(['$2,438']);
    expect(hook(f, 'a-route')).toEqual(['Cheapest route: Acme Cloud']);
    expect(hook(f, 'a-basis')).toEqual([
      '$1.25 input + $10 output per 1M tokens; batch $0.625 input + $5 output for 50% of traffic',
    ]);
    expect(f.rows).toContain(
      'a1||Fast Host|$1.50|Not sourced|$8|$3,100|No batch price: standard prices used',
    );
    expect(hook(f, 'difference')).toEqual([
      'Alpha Pro costs $2,138 more a month than Beta Mini at this traffic (8.1× as much).',
    ]);
    expect(f.chartText).toContain(
      'Alpha Pro (the cheapest of 2 priced routes) | Acme Cloud | $2,438 (cheapest)',
    );

    // All of it off-peak: Night Cloud becomes Beta Mini's cheapest route.
    await page.getByLabel('Off-peak share of traffic, %').fill('100');
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?offpeak=100&batch=50`);
    f = await figures(page);
    expect(hook(f, 'b-monthly')).toEqual(['$130']);
    expect(hook(f, 'b-route')).toEqual(['Cheapest route: Night Cloud']);
    expect(hook(f, 'b-basis')).toEqual([
      '$0.40 input + $1.60 output per 1M tokens; off-peak $0.05 input + $0.40 output for 100% of traffic; no batch price sourced',
    ]);
    expect(f.rows).toContain(
      'b2|cheapest|Night Cloud Off-peak 16:30–00:30 UTC: $0.05 input, $0.40 output|$0.40|Not sourced|$1.60|$130|Cheapest; Off-peak prices for 100% of traffic; No batch price: standard prices used',
    );
    expect(f.chartText).toContain(
      'Beta Mini (the cheapest of 3 priced routes) | Night Cloud | $130 (cheapest)',
    );

    // 0% off-peak is a traffic of its own (all peak), kept in the URL; an empty field is the even spread again.
    await page.getByLabel('Off-peak share of traffic, %').fill('0');
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?offpeak=0&batch=50`);
    f = await figures(page);
    expect(f.rows.find((r) => r.startsWith('b2'))).toContain('|$720|');
    await page.getByLabel('Off-peak share of traffic, %').fill('');
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?batch=50`);

    // A fifth of input written to cache, at Acme Cloud's 5-minute cache-write price.
    await page.getByLabel('Input written to cache, %').fill('20');
    await expect.poll(() => page.url()).toBe(`${cost.origin}${COST_PAIR}?writes=20&batch=50`);
    f = await figures(page);
    expect(hook(f, 'a-monthly')).toEqual(['$2,563']);
    expect(hook(f, 'a-basis')).toEqual([
      '$1.25 input ($1.563 cache writes, 5-minute cache) + $10 output per 1M tokens; batch $0.625 input + $5 output for 50% of traffic',
    ]);
    expect(f.rows).toContain(
      'a1||Fast Host|$1.50|Not sourced|$8|$3,100|No batch price: standard prices used; No cache-write price: input price used',
    );

    // Back to the default traffic: the page reads as built.
    await page.getByLabel('Input written to cache, %').fill('0');
    await page.getByLabel('Batch share of traffic, %').fill('0');
    await expect.poll(() => page.url()).toBe(cost.origin + COST_PAIR);
    expect(await figures(page)).toEqual(before);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('opens a shared link with its off-peak and batch shares', async () => {
    const { page, context } = await open(`${cost.origin}${COST_PAIR}?offpeak=100&batch=50`);
    expect(await page.getByLabel('Off-peak share of traffic, %').inputValue()).toBe('100');
    expect(await page.getByLabel('Batch share of traffic, %').inputValue()).toBe('50');
    const f = await figures(page);
    expect(hook(f, 'traffic')[0]).toBe(
      '1,000M input and 200M output tokens a month, 100% off-peak, 50% batched',
    );
    expect(hook(f, 'a-monthly')).toEqual(['$2,438']);
    expect(hook(f, 'b-monthly')).toEqual(['$130']);
    await context.close();
  });

  it('draws the charts in the page colours of the light and the dark scheme', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(cost.origin + COST_PAIR);
      const colours = await page.evaluate(() => {
        const style = (sel: string, prop: 'fill' | 'color' | 'backgroundColor') =>
          getComputedStyle(document.querySelector(sel)!)[prop];
        return {
          a: style('.chart .s-a', 'fill'),
          b: style('.chart .s-b', 'fill'),
          text: style('.chart text', 'fill'),
          body: style('body', 'color'),
          bg: style('body', 'backgroundColor'),
        };
      });
      expect(colours.text).toBe(colours.body);
      expect(new Set([colours.a, colours.b, colours.bg]).size).toBe(3);
      fills.push(colours.a, colours.text);
      await context.close();
    }
    expect(fills[0]).not.toBe(fills[2]);
    expect(fills[1]).not.toBe(fills[3]);
  });
});
