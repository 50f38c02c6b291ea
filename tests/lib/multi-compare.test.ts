/** Two to four models side by side: the view model, from the pair page's own derivations. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CHOOSER_META,
  compareHref,
  deriveComparePage,
  deriveMultiCompare,
  parseModelIds,
  type MultiCompareView,
} from '../../src/lib/pages/multi-compare.ts';
import { derivePairPage } from '../../src/lib/pair/pair-page.ts';
import { makePair } from '../../src/lib/routing/pairs.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import { SEED_FIXTURE } from '../support/fixture-catalogue.ts';

let seeds: Catalogue;
beforeAll(async () => {
  seeds = await loadCatalogue(SEED_FIXTURE, '2026-11-22');
});

const view = (c: Catalogue, ids: string[]): MultiCompareView => {
  const r = deriveMultiCompare(c, ids);
  if (!r.ok) throw new Error(r.problems.join(' '));
  return r.view;
};

describe('the models parameter', () => {
  it('splits on commas, trims, lower-cases and keeps each id once, in order', () => {
    expect(parseModelIds(' b, a ,B,,c ')).toEqual(['b', 'a', 'c']);
    expect(parseModelIds(null)).toEqual([]);
    expect(compareHref(['a', 'b'])).toBe('/compare/?models=a,b');
  });

  it('refuses unknown ids and fewer than two or more than four models, saying every problem', () => {
    expect(deriveMultiCompare(seeds, ['mistral-small-4', 'nope'])).toEqual({
      ok: false,
      problems: ['No model with the id "nope" is in the catalogue.'],
    });
    const r = deriveMultiCompare(seeds, ['nope']);
    expect(r.ok === false && r.problems).toEqual([
      'No model with the id "nope" is in the catalogue.',
      'Choose 2 to 4 different models; 1 was given.',
    ]);
    expect(deriveMultiCompare(seeds, ['a', 'b', 'c', 'd', 'e']).ok).toBe(false);
  });
});

describe('the request of /compare/', () => {
  const ask = (query: string) => deriveComparePage(seeds, new URLSearchParams(query));

  it('answers the add form with a 303 to the merged selection, at most four models', () => {
    expect(ask('models=a,b&add=c')).toEqual({
      kind: 'redirect',
      location: '/compare/?models=a,b,c',
      status: 303,
    });
    expect(ask('models=a,b,c,d&add=e')).toMatchObject({ location: '/compare/?models=a,b,c,d' });
  });

  it('answers 404 when an id names no model, with every problem and the chooser of the known ones', () => {
    const page = ask('models=mistral-small-4,nope');
    expect(page.kind === 'page' && [page.status, page.result, page.chooser.value]).toEqual([
      404,
      { ok: false, problems: ['No model with the id "nope" is in the catalogue.'] },
      'mistral-small-4',
    ]);
  });

  it('answers 200 with the chooser and its own noindex head when fewer than two are chosen', () => {
    for (const query of ['', 'models=mistral-small-4']) {
      const page = ask(query);
      expect(page.kind === 'page' && [page.status, page.result.ok, page.meta]).toEqual([
        200,
        false,
        CHOOSER_META,
      ]);
    }
    expect(CHOOSER_META).toMatchObject({ path: '/compare/', noindex: true });
  });

  it('answers 200 with the view when two to four known models are chosen', () => {
    const page = ask('models=mistral-small-4,mimo-v2-pro');
    expect(page.kind === 'page' && page.status).toBe(200);
    expect(page.kind === 'page' && page.result.ok).toBe(true);
  });
});

describe('three seed models side by side', () => {
  it('takes every column from the pair pages of the same models', () => {
    const ids = ['mimo-v2-pro', 'mistral-small-4', 'mimo-v2-5-tts-series'];
    const v = view(seeds, ids);
    expect(v.models.map((m) => m.name)).toEqual([
      'Xiaomi MiMo-V2-Pro',
      'Mistral Small 4',
      'Xiaomi MiMo-V2.5-TTS-Series',
    ]);
    expect(v.canonical).toBeUndefined();
    expect(v.meta).toMatchObject({
      noindex: true,
      path: '/compare/?models=mimo-v2-pro,mistral-small-4,mimo-v2-5-tts-series',
    });
    const pro = derivePairPage(
      seeds,
      makePair(seeds.models.get('mistral-small-4')!, seeds.models.get('mimo-v2-pro')!),
    );
    // The pair page has Mistral Small 4 as A: its columns are the second and first here.
    for (const [rows, pairRows] of [
      [v.specs, pro.specs],
      [v.pricing, pro.pricing],
      [v.glance, pro.strip.rows],
    ] as const) {
      expect(rows.map((r) => [r.label, r.values[1], r.values[0]])).toEqual(
        pairRows.map((r) => [r.label, r.a, r.b]),
      );
    }
    expect(v.glance.find((r) => r.label === 'Monthly cost')!.values).toEqual([
      'No sourced price',
      '$270 (OpenRouter)',
      'No sourced price',
    ]);
    expect(v.glance.find((r) => r.label === 'Context window')!.values).toEqual([
      '1M',
      '256K',
      'Not sourced',
    ]);
    expect(v.capabilities.find((r) => r.label === 'Vision')!.values).toEqual([
      'no',
      'yes',
      'unknown',
    ]);
    expect(v.pairs.map((p) => p.href)).toEqual([
      '/compare/mistral-small-4-vs-mimo-v2-pro/',
      '/compare/mimo-v2-pro-vs-mimo-v2-5-tts-series/',
      '/compare/mistral-small-4-vs-mimo-v2-5-tts-series/',
    ]);
  });

  it('has the pair page as its canonical when exactly two are chosen', () => {
    const v = view(seeds, ['mimo-v2-pro', 'mistral-small-4']);
    expect(v.canonical).toBe('/compare/mistral-small-4-vs-mimo-v2-pro/');
    expect(v.meta.path).toBe('/compare/mistral-small-4-vs-mimo-v2-pro/');
    expect(v.meta.noindex).toBe(true);
  });
});

describe('flagships of the real catalogue', () => {
  it('sets four flagships side by side with benchmarks two or more of them share, scores linked', async () => {
    const c = await loadCatalogue(path.resolve(import.meta.dirname, '../../data'), '2026-12-04');
    const v = view(c, ['claude-opus-4-8', 'gpt-5-5', 'gemini-3-1-pro-preview', 'deepseek-v4-pro']);
    expect(v.glance.map((r) => r.values.length)).toEqual([4, 4, 4, 4]);
    const swe = v.benchmarks.find((b) => b.name === 'SWE-Bench Pro')!;
    expect(swe.values[0]).toEqual({
      text: '69.2%',
      href: 'https://www.anthropic.com/news/claude-opus-4-8',
    });
    expect(v.benchmarks.every((b) => b.values.filter(Boolean).length >= 2)).toBe(true);
    expect(v.pairs).toHaveLength(6);
  });
});
