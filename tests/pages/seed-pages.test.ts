/** The seed pair pages as built by the real build: every section, every figure. */
import { describe, expect, inject, it } from 'vitest';
import { fold, readPage, sectionText, tableRows } from '../support/html.ts';

const site = inject('seedSite');
const SECTIONS = [
  'verdict',
  'scorecard',
  'tradeoffs',
  'cost',
  'friction',
  'specs',
  'pricing',
  'capabilities',
  'benchmarks',
  'deep-dive',
  'faq',
  'continue',
];

describe('built seed pair pages', () => {
  it('exist only at the canonical URL of each pair (the server answers the reversed URL with a 301)', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${site}/compare/mistral-small-4-vs-mimo-v2-pro/index.html`)).toBe(true);
    expect(existsSync(`${site}/compare/mimo-v2-pro-vs-mistral-small-4`)).toBe(false);
  });

  it('have one h1, the sections in the seeds order, and head metadata', () => {
    const $ = readPage(site, '/compare/mistral-small-4-vs-mimo-v2-pro/');
    expect($('h1').length).toBe(1);
    expect(fold($('h1').text())).toBe('Mistral Small 4 vs Xiaomi MiMo-V2-Pro');
    const order = $('section[aria-labelledby]')
      .toArray()
      .map((s) => $(s).attr('aria-labelledby'));
    expect(order.filter((id) => SECTIONS.includes(id!))).toEqual(SECTIONS);
    for (const id of SECTIONS)
      expect($(`section[aria-labelledby="${id}"] > h2#${id}`).length).toBe(1);
    expect($('link[rel="canonical"]').attr('href')).toMatch(
      /\/compare\/mistral-small-4-vs-mimo-v2-pro\/$/,
    );
    expect($('meta[name="description"]').attr('content')).toContain('context window (256K vs 1M)');
    expect($('title').text()).toContain('Mistral Small 4 vs Xiaomi MiMo-V2-Pro');
    expect(
      $('table')
        .toArray()
        .every(
          (t) => $(t).find('caption').length === 1 && $(t).find('th[scope="col"]').length >= 3,
        ),
    ).toBe(true);
    expect(
      $('script:not([type="application/json"]):not([type="application/ld+json"])')
        .toArray()
        .every((s) => $(s).attr('src') || $(s).attr('type') === 'module'),
    ).toBe(true);
  });

  it('show the seed figures in every section', () => {
    const $ = readPage(site, '/compare/mistral-small-4-vs-mimo-v2-pro/');
    expect(tableRows($, 'scorecard')).toContainEqual(['Provider routes', '3 tracked', '0 tracked']);
    expect(tableRows($, 'scorecard')).toContainEqual(['Context window', '256K', '1M']);
    expect(tableRows($, 'scorecard')).toContainEqual([
      'Cheapest output price',
      '$0.60/1M tokens',
      'No sourced price',
    ]);
    expect(sectionText($, 'verdict')).toContain(
      'Mistral Small 4 is the stronger choice for vision and multimodal input, and self-hosting; choose Xiaomi MiMo-V2-Pro for long documents.',
    );
    expect(sectionText($, 'verdict')).toContain(
      'Long documents: Xiaomi MiMo-V2-Pro · Context window 256K tokens vs 1M tokens',
    );
    expect(sectionText($, 'tradeoffs')).toContain(
      'Choose Xiaomi MiMo-V2-Pro when… Xiaomi MiMo-V2-Pro has a larger context window (1M vs 256K tokens)',
    );
    const cost = sectionText($, 'cost');
    expect(cost).toContain('1,000M input and 200M output tokens a month');
    expect(cost).toMatch(/Mistral Small 4 \$270 \/ month Cheapest route: OpenRouter/);
    expect(cost).toMatch(/Xiaomi MiMo-V2-Pro Unavailable/);
    expect(sectionText($, 'friction')).toContain('Mistral Small 4 → Xiaomi MiMo-V2-Pro');
    expect(tableRows($, 'specs')).toContainEqual(['Parameters', '119B (6.5B active)', '1T']);
    expect(tableRows($, 'specs')).toContainEqual(['Released', '2026-03-16', '2026-03-19']);
    expect(tableRows($, 'specs')).toContainEqual([
      'Licence',
      'Apache 2.0 (OSI-approved)',
      'Proprietary',
    ]);
    expect(tableRows($, 'pricing')).toContainEqual([
      'Input price (cheapest route)',
      '$0.15/1M tokens',
      'Not sourced',
    ]);
    expect(tableRows($, 'capabilities')).toContainEqual(['Tool use', 'Yes', 'Not sourced']);
    expect(tableRows($, 'capabilities')).toContainEqual(['Vision', 'Yes', 'No']);
    // The caption says what tool use and code execution mean (model pages carry a hint per row).
    expect(fold($('section[aria-labelledby="capabilities"] caption').text())).toContain(
      "Tool use and code execution are tools the maker's own API runs for the model.",
    );
    expect(sectionText($, 'benchmarks')).toContain('No benchmark is sourced for both');
    expect($('section[aria-labelledby="faq"] dt').length).toBe(6);
    expect(sectionText($, 'continue')).toContain('Last reviewed: 2026-05-14');
    expect(
      $(
        'section[aria-labelledby="continue"] a[href="/compare/mistral-small-4-vs-mimo-v2-5-tts-series/"]',
      ).length,
    ).toBe(1);
  });

  it('never claim a context comparison against the TTS model, and call it a speech model', () => {
    const $ = readPage(site, '/compare/mistral-small-4-vs-mimo-v2-5-tts-series/');
    const text = fold($('main').text());
    expect(text).toContain(
      'is a speech (text-to-speech) model whose context window is not yet sourced',
    );
    expect(text).not.toMatch(/larger context window/);
    expect(
      $('section[aria-labelledby="faq"] dt')
        .toArray()
        .map((d) => fold($(d).text())),
    ).not.toContain(expect.stringMatching(/context window/));
    expect(tableRows($, 'scorecard')).toContainEqual(['Provider routes', '3 tracked', '1 tracked']);
    expect(tableRows($, 'specs')).toContainEqual(['Context window', '256K tokens', 'Not sourced']);
    expect(sectionText($, 'continue')).toContain('Last reviewed: 2026-05-26');
  });
});
