import { describe, expect, it } from 'vitest';
import { derivePairFacts } from '../../src/lib/pair/pair-facts.ts';
import { deriveSources } from '../../src/lib/pair/page-sources.ts';
import { makePair } from '../../src/lib/routing/pairs.ts';
import { catalogue, model, provider } from '../support/catalogue-builder.ts';

const seen = (s: string) => [{ seen: s, input: 1, output: 2 }];

describe('pair page sources', () => {
  it('lists every URL once: one link per page naming each use, pages cited alike for both models under "Both models"', () => {
    const a = model('a', {
      sources: ['https://a.example.com/card', 'https://docs.maker.example/models'],
    });
    const b = model('b', {
      sources: ['https://www.b.example.com/card', 'https://docs.maker.example/models'],
    });
    const c = catalogue(
      [a, b],
      [
        // A route whose price page is the model's own card, and a provider serving both models from one page.
        provider('Host', [
          { model: 'a', source: 'https://a.example.com/card', prices: seen('2026-01-02') },
        ]),
        provider('Hub', [
          { model: 'a', source: 'https://hub.example/all' },
          { model: 'b', source: 'https://hub.example/all' },
        ]),
        provider('Dated', [
          { model: 'a', source: 'https://dated.example/p', prices: seen('2026-01-03') },
          { model: 'b', source: 'https://dated.example/p', prices: seen('2026-02-03') },
        ]),
      ],
    );
    const view = deriveSources(derivePairFacts(c, makePair(a, b)));
    expect(view).toEqual([
      {
        name: 'A',
        // A page cited for several uses keeps one link naming each.
        links: [
          {
            label: 'a.example.com; Host route (price seen 2026-01-02)',
            url: 'https://a.example.com/card',
          },
        ],
        // Cited for both, but with a different date each: kept under each model.
        routes: [{ label: 'Dated', url: 'https://dated.example/p' }],
        seen: '2026-01-03',
        routesLabel: 'Route prices seen 2026-01-03',
      },
      {
        name: 'B',
        links: [{ label: 'b.example.com', url: 'https://www.b.example.com/card' }],
        routes: [{ label: 'Dated', url: 'https://dated.example/p' }],
        seen: '2026-02-03',
        routesLabel: 'Route prices seen 2026-02-03',
      },
      {
        name: 'Both models',
        links: [{ label: 'docs.maker.example', url: 'https://docs.maker.example/models' }],
        routes: [{ label: 'Hub', url: 'https://hub.example/all', note: 'no price' }],
        routesLabel: 'Routes',
      },
    ]);
  });

  it('lists route pages in one line by provider, dating only the prices seen on another day than most', () => {
    const a = model('a', { sources: ['https://a.example.com/card'] });
    const b = model('b', { sources: ['https://b.example.com/card'] });
    const route = (name: string, date: string) =>
      provider(name, [{ model: 'a', source: `https://${name}.example/p`, prices: seen(date) }]);
    const c = catalogue(
      [a, b],
      [route('one', '2026-03-01'), route('two', '2026-03-01'), route('three', '2026-04-01')],
    );
    const [card] = deriveSources(derivePairFacts(c, makePair(a, b)));
    expect(card!.routesLabel).toBe('Route prices seen 2026-03-01 unless dated');
    expect(card!.routes.map((r) => [r.label, r.note])).toEqual([
      ['one', undefined],
      ['three', 'seen 2026-04-01'],
      ['two', undefined],
    ]);
  });

  it('has no "Both models" card when nothing is shared', () => {
    const a = model('a', { sources: ['https://a.example.com/card'] });
    const b = model('b', { sources: ['https://b.example.com/card'] });
    const view = deriveSources(derivePairFacts(catalogue([a, b]), makePair(a, b)));
    expect(view.map((s) => s.name)).toEqual(['A', 'B']);
  });
});
