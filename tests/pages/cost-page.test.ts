/** The built cost section: every route, charts, price notes, data for the script, and the page weight budget. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeCostData } from '../../src/lib/cost/cost-data.ts';
import { fold, sectionText } from '../support/html.ts';
import { buildCostSite, COST_PAIR } from '../cost/cost-site.ts';

let site: ReturnType<typeof buildCostSite>;
let html: string;
let $: CheerioAPI;
beforeAll(() => {
  site = buildCostSite();
  html = readFileSync(path.join(site.dist, COST_PAIR, 'index.html'), 'utf8');
  $ = load(html);
});
afterAll(() => site?.cleanup());

describe('the cost section of a built pair page', () => {
  it('states the default traffic and each cheapest route, readable without JavaScript', () => {
    const text = sectionText($, 'cost');
    expect(text).toContain('Estimated spend at 1,000M input and 200M output tokens a month');
    expect(text).toMatch(/Alpha Pro \$3,100 \/ month Cheapest route: Fast Host/);
    expect(text).toContain(
      'Alpha Pro costs $2,800 more a month than Beta Mini at this traffic (10.3× as much).',
    );
    // The calculator's form is made by its script: nothing to change without JavaScript, so no form in the HTML.
    expect($('form')).toHaveLength(0);
  });

  it('lists every active route of each model with its prices, monthly cost and the cheapest marked', () => {
    const rows = $('section[aria-labelledby="cost"] tbody tr')
      .toArray()
      .map((tr) =>
        $(tr)
          .children()
          .toArray()
          .map((c) => fold($(c).text())),
      );
    expect(rows).toEqual([
      ['Alpha Pro'],
      [
        'Acme Cloud Above 200K-token prompts: $2.50 input, $15 output, $0.25 cached Batch: $0.625 input, $5 output; Cache writes: $1.563 (5-minute cache), $2.50 (1-hour cache)',
        '$1.25',
        '$0.125',
        '$10',
        '$3,250',
        '',
      ],
      ['Fast Host', '$1.50', 'Not sourced', '$8', '$3,100', 'Cheapest'],
      [
        'Old Cloud',
        'Not sourced',
        'Not sourced',
        'Not sourced',
        'Not sourced',
        'Price not sourced',
      ],
      ['Beta Mini'],
      ['Acme Cloud', '$0.20', '$0.05', '$0.80', '$360', ''],
      ['Fast Host', '$0.10', 'Not sourced', '$1', '$300', 'Cheapest'],
      [
        'Night Cloud Off-peak 16:30–00:30 UTC: $0.05 input, $0.40 output',
        '$0.40',
        'Not sourced',
        '$1.60',
        '$523.33',
        'Off-peak prices for 33.33% of traffic',
      ],
    ]);
    expect(
      $('tr.cheapest')
        .toArray()
        .map((tr) => `${$(tr).parent().attr('data-side')}:${fold($(tr).children('th').text())}`),
    ).toEqual(['a:Fast Host', 'b:Fast Host']);
  });

  it('notes the recent price cut', () => {
    expect(sectionText($, 'cost')).toContain(
      'Alpha Pro: Price cut on 2026-04-01: Acme Cloud input $2 → $1.25, cached input $0.125 added per 1M tokens.',
    );
  });

  it('draws the cost chart and the benchmark chart as labelled inline SVG', () => {
    const costSvg = $('section[aria-labelledby="cost"] svg');
    expect(costSvg.attr('role')).toBe('img');
    expect(fold(costSvg.find('title').text())).toBe(
      'Bar chart of the monthly cost per route at 1,000M input and 200M output tokens a month, cheapest first, for Alpha Pro (1 route) and Beta Mini (1 route); the table above gives every figure.',
    );
    // The table the chart points to comes before it, in the same section.
    expect(
      $('section[aria-labelledby="cost"] .table-wrap').nextAll('figure').find('svg'),
    ).toHaveLength(1);
    // Each model's cheapest route: one bar each.
    expect(costSvg.find('rect')).toHaveLength(2);
    // Both shared benchmarks are key ones: drawn once, in the figures strip under the heading (by category: knowledge before preference).
    const benchSvg = $('.strip svg');
    expect(benchSvg.attr('role')).toBe('img');
    expect(fold(benchSvg.find('title').text())).toBe(
      "Key benchmark scores of Alpha Pro and Beta Mini; the Benchmarks section gives each score's source.",
    );
    expect(
      benchSvg
        .find('text')
        .toArray()
        .map((t) => $(t).text()),
    ).toEqual([
      'MMLU',
      'Alpha Pro',
      '80%',
      'Beta Mini',
      '70%',
      'Arena',
      'Alpha Pro',
      '1250 Elo',
      'Beta Mini',
      '1200 Elo',
    ]);
    expect($('section[aria-labelledby="benchmarks"] svg')).toHaveLength(0);
  });

  it('carries the route data as JSON and its script as one external file: no inline executable script', () => {
    const data = decodeCostData($('script[data-cost-data]').text());
    expect(data.a.routes.map((r) => r.provider)).toEqual(['Acme Cloud', 'Fast Host', 'Old Cloud']);
    for (const el of $('script').toArray()) {
      const s = $(el);
      if (s.attr('src')) expect(s.attr('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      else expect(['application/json', 'application/ld+json']).toContain(s.attr('type'));
    }
    expect($('script[src]')).toHaveLength(1);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('page weight', () => {
  it('leaves what every bar shares to the stylesheet the page links, and lists every source once', () => {
    expect($('svg.chart rect').length).toBeGreaterThan(0);
    expect($('svg.chart rect[x], svg.chart rect[height]')).toHaveLength(0);
    const css = $('link[rel="stylesheet"]')
      .toArray()
      .map((l) => readFileSync(path.join(site.dist, $(l).attr('href')!), 'utf8'))
      .join('\n');
    expect(css.replace(/\s+/g, '')).toContain('.chartrect{x:37%;height:14px}');
    // One link per URL in a card, and a URL cited alike for both models only once, under "Both models".
    const cards = $('section[aria-labelledby="sources"] .card')
      .toArray()
      .map((c) =>
        $(c)
          .find('a')
          .toArray()
          .map((a) => `${$(a).attr('href')} ${$(a).text()}`),
      );
    expect(cards.flat().length).toBeGreaterThan(0);
    expect(new Set(cards.flat()).size).toBe(cards.flat().length);
    for (const links of cards)
      expect(new Set(links.map((l) => l.split(' ')[0])).size).toBe(links.length);
  });

  it('keeps pair pages within the budget: 32 KB raw, 7 KB gzipped', () => {
    const pages = [
      path.join(site.dist, COST_PAIR, 'index.html'),
      path.join(inject('seedSite'), 'compare', 'mistral-small-4-vs-mimo-v2-pro', 'index.html'),
    ];
    for (const file of pages) {
      const bytes = readFileSync(file);
      expect(bytes.length).toBeLessThanOrEqual(32 * 1024);
      expect(gzipSync(bytes).length).toBeLessThanOrEqual(7 * 1024);
    }
  });
});
