/** Every derivation of the two seed pairs, against the figures of the pages we replace. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { derivePairPage, type PairPageView } from '../../src/lib/pair/pair-page.ts';
import { makePair } from '../../src/lib/routing/pairs.ts';
import { SEED_FIXTURE } from '../support/fixture-catalogue.ts';

let pro: PairPageView;
let tts: PairPageView;
beforeAll(async () => {
  const c = await loadCatalogue(SEED_FIXTURE, '2026-11-22');
  const m = (id: string) => c.models.get(id)!;
  // Given in reverse order on purpose: the canonical order puts Mistral Small 4 first.
  pro = derivePairPage(c, makePair(m('mimo-v2-pro'), m('mistral-small-4')));
  tts = derivePairPage(c, makePair(m('mimo-v2-5-tts-series'), m('mistral-small-4')));
});

const row = (rows: { label: string; a: string; b: string }[], label: string) =>
  rows.find((r) => r.label === label)!;

describe('Mistral Small 4 vs Xiaomi MiMo-V2-Pro', () => {
  it('has the canonical URL, title and an intro naming both context windows', () => {
    expect(pro.path).toBe('/compare/mistral-small-4-vs-mimo-v2-pro/');
    expect(pro.intro.heading).toBe('Mistral Small 4 vs Xiaomi MiMo-V2-Pro');
    expect(pro.intro.intro).toContain(
      'Mistral Small 4 (Mistral AI, 2026) is a language model with a 256K-token context window.',
    );
    expect(pro.intro.intro).toContain(
      'Xiaomi MiMo-V2-Pro (Xiaomi, 2026) is a language model with a 1M-token context window.',
    );
    expect(pro.intro.description.length).toBeLessThanOrEqual(160);
  });

  it('gives a verdict by workload, each call with its deciding figures and sources', () => {
    expect(pro.verdict.headline).toBe(
      'Mistral Small 4 is the stronger choice for vision and multimodal input, and self-hosting; choose Xiaomi MiMo-V2-Pro for long documents. The sourced evidence does not yet decide coding and agents, and high-volume, low-cost calls.',
    );
    const calls = Object.fromEntries(pro.verdict.workloads.map((w) => [w.id, w.call]));
    expect(calls).toEqual({
      coding: 'Evidence missing',
      reasoning: 'Even',
      'long-documents': 'Xiaomi MiMo-V2-Pro',
      vision: 'Mistral Small 4',
      'high-volume': 'Evidence missing',
      'self-hosting': 'Mistral Small 4',
    });
    const long = pro.verdict.workloads.find((w) => w.id === 'long-documents')!;
    expect(long.figures).toEqual([
      {
        label: 'Context window',
        a: { text: '256K tokens', href: 'https://mistral.ai/news/mistral-small-4' },
        b: { text: '1M tokens', href: 'https://mimo.xiaomi.com' },
      },
    ]);
    const cost = pro.verdict.workloads.find((w) => w.id === 'high-volume')!;
    expect(cost.figures[0]!.a).toEqual({
      text: '$270/month',
      href: expect.stringMatching(/^https:\/\/openrouter\.ai\//),
    });
    expect(cost.figures[0]!.b).toEqual({ text: 'no sourced price' });
    expect(cost.note).toBe('A token price is not sourced for both models.');
    // Route counts (3 vs 0) never decide anything.
    const words = [
      pro.verdict.headline,
      ...pro.verdict.workloads.flatMap((w) => [
        w.note ?? '',
        ...w.figures.flatMap((f) => [f.label, f.a.text, f.b.text]),
      ]),
    ];
    expect(words.filter((t) => /route|tracked/i.test(t))).toEqual([]);
  });

  it('puts the decisive figures first, unknowns as not sourced and no chart without a shared benchmark', () => {
    expect(pro.strip.rows).toEqual([
      { label: 'Monthly cost', a: '$270 (OpenRouter)', b: 'No sourced price' },
      { label: 'Context window', a: '256K', b: '1M' },
      { label: 'Open weights', a: 'Yes', b: 'No' },
      { label: 'Released', a: '2026-03-16', b: '2026-03-19' },
    ]);
    expect(pro.strip.chart).toBeUndefined();
    expect(row(tts.strip.rows, 'Context window')).toMatchObject({ a: '256K', b: 'Not sourced' });
  });

  it('estimates $270 a month on OpenRouter and explains the missing figure', () => {
    expect(pro.cost.trafficLabel).toBe('1,000M input and 200M output tokens a month');
    expect(pro.cost.a).toMatchObject({
      monthly: '$270',
      routeName: 'OpenRouter',
      basis: '$0.15 input + $0.60 output per 1M tokens',
    });
    expect(pro.cost.b.monthly).toBeUndefined();
    expect(pro.cost.b.unavailableReason).toBe(
      'No active provider route is tracked for this model.',
    );
    expect(pro.cost.difference).toMatch(
      /^No cost difference can be given until Xiaomi MiMo-V2-Pro has a sourced/,
    );
  });

  it('lists switch friction both ways', () => {
    const [toPro, toMistral] = pro.friction;
    expect(toPro.points[0]).toMatch(/^No tracked provider serves both/);
    expect(toPro.points).toContain(
      'You lose vision and multimodal input: Xiaomi MiMo-V2-Pro does not offer them.',
    );
    expect(toPro.points).toContain(
      'Check tool use and structured outputs on Xiaomi MiMo-V2-Pro before moving traffic: its support is not yet sourced.',
    );
    expect(toMistral.points).toContain(
      'You gain vision and multimodal input, which Xiaomi MiMo-V2-Pro does not offer.',
    );
  });

  it('shows specs, pricing and capabilities with unknowns as not sourced', () => {
    expect(row(pro.specs, 'Parameters')).toEqual({
      label: 'Parameters',
      a: '119B (6.5B active)',
      b: '1T',
    });
    expect(row(pro.specs, 'Licence')).toEqual({
      label: 'Licence',
      a: 'Apache 2.0 (OSI-approved)',
      b: 'Proprietary',
    });
    expect(row(pro.specs, 'Architecture').b).toBe('Not sourced');
    expect(row(pro.specs, 'Knowledge cutoff')).toMatchObject({ a: '2025-06', b: '2024-12' });
    expect(row(pro.pricing, 'Input price (cheapest route)')).toMatchObject({
      a: '$0.15/1M tokens',
      b: 'Not sourced',
    });
    expect(row(pro.pricing, 'Providers')).toMatchObject({
      a: 'Mistral AI Studio, NVIDIA NIM, and OpenRouter',
      b: 'None tracked',
    });
    expect(row(pro.pricing, 'Deprecated routes').b).toBe('Xiaomi MiMo API (deprecated)');
    const caps = Object.fromEntries(pro.capabilities.map((c) => [c.label, [c.a, c.b]]));
    expect(caps['Vision']).toEqual(['yes', 'no']);
    expect(caps['Tool use']).toEqual(['yes', 'unknown']);
    expect(caps['Computer use']).toEqual(['unknown', 'unknown']);
    expect(pro.capabilities.find((c) => c.label === 'Tool use')?.hint).toBe(
      "built-in tools the maker's API runs, such as web search",
    );
  });

  it('says what every capability means, as README defines them', async () => {
    const { readFileSync } = await import('node:fs');
    const { CAPABILITIES } = await import('../../src/schemas/index.ts');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.split('What each capability means')[1]!.split('###')[0]!;
    expect(CAPABILITIES.filter((c) => !section.includes(`\`${c}\`:`))).toEqual([]);
    expect(pro.capabilities.filter((c) => c.hint.length < 10)).toEqual([]);
  });

  it('asks the seed FAQ questions in the seed order', () => {
    expect(pro.faq.map((q) => q.question)).toEqual([
      'Which has a larger context window, Mistral Small 4 or Xiaomi MiMo-V2-Pro?',
      'Is Mistral Small 4 or Xiaomi MiMo-V2-Pro open source?',
      'Which is better for vision, Mistral Small 4 or Xiaomi MiMo-V2-Pro?',
      'Which is better for multimodal input, Mistral Small 4 or Xiaomi MiMo-V2-Pro?',
      'Which is better for function calling, Mistral Small 4 or Xiaomi MiMo-V2-Pro?',
      'Where can I run Mistral Small 4 and Xiaomi MiMo-V2-Pro?',
    ]);
    expect(pro.faq[5]!.answer).toMatch(
      /^Mistral Small 4 is available on Mistral AI Studio, NVIDIA NIM, and OpenRouter\. No provider route is tracked for Xiaomi MiMo-V2-Pro yet\./,
    );
  });

  it('notes that no benchmark is shared and dates the review', () => {
    expect(pro.benchmarks.rows).toEqual([]);
    expect(pro.benchmarks.note).toMatch(/^No benchmark is sourced for both/);
    expect(pro.lastReviewed).toBe('2026-05-14');
    expect(pro.related.a.links.map((l) => l.href)).toEqual([
      '/compare/mistral-small-4-vs-mimo-v2-5-tts-series/',
    ]);
  });
});

describe('Mistral Small 4 vs Xiaomi MiMo-V2.5-TTS-Series', () => {
  it('calls the speech model a speech model and the unknown context not sourced', () => {
    expect(tts.path).toBe('/compare/mistral-small-4-vs-mimo-v2-5-tts-series/');
    expect(tts.intro.intro).toContain(
      'Xiaomi MiMo-V2.5-TTS-Series (Xiaomi, 2026) is a speech (text-to-speech) model whose context window is not yet sourced.',
    );
    expect(tts.intro.intro).not.toMatch(/are (general-purpose )?language models/);
  });

  it('makes no context-window claim anywhere', () => {
    const prose = [
      tts.verdict.headline,
      ...tts.tradeoffs.a,
      ...tts.tradeoffs.b,
      ...tts.friction.flatMap((d) => d.points),
      ...tts.deepDive,
      ...tts.faq.map((q) => q.question + q.answer),
    ];
    expect(prose.filter((t) => /larger context|context window (grows|shrinks)/.test(t))).toEqual(
      [],
    );
    expect(tts.faq.some((q) => /context window/.test(q.question))).toBe(false);
    expect(row(tts.scorecard, 'Context window')).toMatchObject({ a: '256K', b: 'Not sourced' });
  });

  it('counts routes on each side and prices only Mistral Small 4', () => {
    expect(row(tts.scorecard, 'Provider routes')).toMatchObject({ a: '3 tracked', b: '1 tracked' });
    expect(tts.cost.a.monthly).toBe('$270');
    expect(tts.cost.b.unavailableReason).toBe(
      'No tracked provider route has a sourced input and output token price.',
    );
    expect(row(tts.pricing, 'Providers').b).toBe('Xiaomi MiMo API');
  });

  it('asks the seed FAQ questions in the seed order', () => {
    expect(tts.faq.map((q) => q.question)).toEqual([
      'Is Mistral Small 4 or Xiaomi MiMo-V2.5-TTS-Series open source?',
      'Which is better for vision, Mistral Small 4 or Xiaomi MiMo-V2.5-TTS-Series?',
      'Which is better for multimodal input, Mistral Small 4 or Xiaomi MiMo-V2.5-TTS-Series?',
      'Which is better for function calling, Mistral Small 4 or Xiaomi MiMo-V2.5-TTS-Series?',
      'Which is better for tool use, Mistral Small 4 or Xiaomi MiMo-V2.5-TTS-Series?',
      'Where can I run Mistral Small 4 and Xiaomi MiMo-V2.5-TTS-Series?',
    ]);
    expect(tts.faq[1]!.answer).toContain(
      'for Xiaomi MiMo-V2.5-TTS-Series, vision support is not yet sourced',
    );
  });

  it('never turns an unknown capability into a "No" or an advantage', () => {
    const caps = Object.fromEntries(tts.capabilities.map((c) => [c.label, [c.a, c.b]]));
    expect(caps['Function calling']).toEqual(['yes', 'unknown']);
    expect(caps['Reasoning']).toEqual(['yes', 'no']);
    expect(tts.lastReviewed).toBe('2026-05-26');
  });

  it('calls the workloads by kind: language work for Mistral Small 4, speech for the TTS series', () => {
    expect(tts.verdict.headline).toBe(
      'Mistral Small 4 is the stronger choice for text and language tasks, and self-hosting; choose Xiaomi MiMo-V2.5-TTS-Series for speech generation.',
    );
    expect(tts.verdict.workloads.map((w) => [w.id, w.call])).toEqual([
      ['language', 'Mistral Small 4'],
      ['speech', 'Xiaomi MiMo-V2.5-TTS-Series'],
      ['self-hosting', 'Mistral Small 4'],
    ]);
    expect(tts.verdict.workloads[1]!.figures).toEqual([
      {
        label: 'Kind',
        a: { text: 'language model', href: 'https://mistral.ai/news/mistral-small-4' },
        b: {
          text: 'speech (text-to-speech) model',
          href: 'https://platform.xiaomimimo.com/#/docs',
        },
      },
    ]);
    expect(row(tts.scorecard, 'Best for')).toMatchObject({
      a: 'text and language tasks, and self-hosting',
      b: 'speech generation',
    });
  });
});
