/** The home page view: counts, the picker's order, popular pairs and newest models. */
import { describe, expect, it } from 'vitest';
import { deriveHomePage, derivePopularPairs } from '../../src/lib/pages/home-page.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

const models = [
  model('zeta', { name: 'Zeta', released: '2026-03-01' }),
  model('alpha', { name: 'Alpha', released: '2025-01-10' }),
  model('beta', { name: 'Beta 10' }),
  model('gamma', { name: 'Beta 9', released: '2026-05-20' }),
];
const hosts = [
  provider('h1', [priced('zeta', 1, 2), priced('alpha', 1, 2), priced('gamma', 1, 3)]),
  provider('h2', [priced('zeta', 1, 2), priced('alpha', 1, 2, { deprecated: true })]),
];
const cat = catalogue(models, hosts);

describe('the home page', () => {
  it('counts models and their pairs in words', () => {
    expect(deriveHomePage(cat).counts).toBe('4 models and 6 comparisons');
    expect(deriveHomePage(catalogue(models.slice(0, 1))).counts).toBe('1 model and 0 comparisons');
  });

  it('offers the models in canonical order (names in numeric order), so the earlier choice leads the URL', () => {
    expect(deriveHomePage(cat).picker.map((o) => o.id)).toEqual(['alpha', 'gamma', 'beta', 'zeta']);
  });

  it('lists the newest dated models first and leaves undated ones out', () => {
    expect(deriveHomePage(cat).newest.map((m) => [m.name, m.released])).toEqual([
      ['Beta 9', '2026-05-20'],
      ['Zeta', '2026-03-01'],
      ['Alpha', '2025-01-10'],
    ]);
  });

  it('takes popular pairs from the most served models, counting active routes only, each pair once', () => {
    const popular = derivePopularPairs(cat);
    // Zeta has two active routes; Alpha and Beta 9 one each (Alpha's second is deprecated), Beta 10 none.
    expect(popular[0]!.label.startsWith('Zeta vs ')).toBe(true);
    expect(new Set(popular.map((l) => l.href)).size).toBe(popular.length);
    expect(popular.every((l) => !l.label.includes('Beta 10 vs'))).toBe(true);
    expect(derivePopularPairs(cat, 1)).toHaveLength(1);
  });

  it('links every model to its own page and shows an unknown context window as not sourced', () => {
    const home = deriveHomePage(
      catalogue([model('a', { name: 'A', context_window: 131072 }), model('b', { name: 'B' })]),
    );
    expect(home.models.map((m) => [m.href, m.context])).toEqual([
      ['/models/a/', '128K'],
      ['/models/b/', 'Not sourced'],
    ]);
    expect(home.models[0]!.pairs.map((l) => l.href)).toEqual(['/compare/a-vs-b/']);
  });
});
