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
        links: [
          {
            label: 'a.example.com; Host route (price seen 2026-01-02)',
            url: 'https://a.example.com/card',
          },
          // Cited for both, but with a different date each: kept under each model.
          { label: 'Dated route (price seen 2026-01-03)', url: 'https://dated.example/p' },
        ],
      },
      {
        name: 'B',
        links: [
          { label: 'b.example.com', url: 'https://www.b.example.com/card' },
          { label: 'Dated route (price seen 2026-02-03)', url: 'https://dated.example/p' },
        ],
      },
      {
        name: 'Both models',
        links: [
          { label: 'docs.maker.example', url: 'https://docs.maker.example/models' },
          { label: 'Hub route', url: 'https://hub.example/all' },
        ],
      },
    ]);
  });

  it('has no "Both models" card when nothing is shared', () => {
    const a = model('a', { sources: ['https://a.example.com/card'] });
    const b = model('b', { sources: ['https://b.example.com/card'] });
    const view = deriveSources(derivePairFacts(catalogue([a, b]), makePair(a, b)));
    expect(view.map((s) => s.name)).toEqual(['A', 'B']);
  });
});
