import { describe, expect, it } from 'vitest';
import {
  changeKind,
  derivePriceHistory,
  priceChanges,
  recentPriceChanges,
} from '../../src/lib/cost/cost-price-history.ts';
import { routeIndex } from '../../src/lib/cost/model-routes.ts';
import { catalogue, model, provider } from '../support/catalogue-builder.ts';

const p = (seen: string, input: number, output?: number, cached_input?: number) => ({
  seen,
  input,
  ...(output === undefined ? {} : { output }),
  ...(cached_input === undefined ? {} : { cached_input }),
});

describe('price history', () => {
  it('classifies changes between consecutive prices; a repeated price is no change', () => {
    expect(changeKind(p('2026-01-01', 1, 4), p('2026-02-01', 0.5, 4))).toBe('cut');
    expect(changeKind(p('2026-01-01', 1, 4), p('2026-02-01', 1, 5))).toBe('rise');
    expect(changeKind(p('2026-01-01', 1, 4), p('2026-02-01', 0.5, 5))).toBe('change');
    expect(changeKind(p('2026-01-01', 1, 4), p('2026-02-01', 1, 4, 0.1))).toBe('change');
    expect(changeKind(p('2026-01-01', 1, 4), p('2026-02-01', 1, 4))).toBeUndefined();
    expect(
      priceChanges([p('2026-01-01', 1, 4), p('2026-02-01', 1, 4), p('2026-03-01', 0.8, 4)]).map(
        (c) => [c.date, c.kind],
      ),
    ).toEqual([['2026-03-01', 'cut']]);
  });

  const m = model('m');
  const c = catalogue(
    [m],
    [
      provider(
        'host',
        [
          {
            model: 'm',
            source: 'https://e.com',
            prices: [p('2025-06-01', 2, 8), p('2025-09-01', 2, 8), p('2026-03-01', 1.5, 6)],
          },
        ],
        { name: 'Host' },
      ),
      provider(
        'old',
        [
          {
            model: 'm',
            source: 'https://e.com',
            deprecated: true,
            prices: [p('2026-01-01', 1, 4), p('2026-02-01', 2, 4)],
          },
        ],
        { name: 'Old' },
      ),
      provider('flat', [{ model: 'm', source: 'https://e.com', prices: [p('2026-01-01', 1, 4)] }], {
        name: 'Flat',
      }),
    ],
  );

  it('lists every route with more than one dated price, newest first, for the model page', () => {
    const view = derivePriceHistory(routeIndex(c).all('m'));
    expect(view.note).toBeUndefined();
    expect(view.routes.map((r) => [r.provider, r.deprecated])).toEqual([
      ['Host', false],
      ['Old', true],
    ]);
    expect(
      view.routes[0]!.rows.map((r) => [r.date, r.input, r.output, r.cachedInput, r.change]),
    ).toEqual([
      ['2026-03-01', '$1.50', '$6', 'Not sourced', 'Price cut'],
      ['2025-09-01', '$2', '$8', 'Not sourced', 'Unchanged'],
      ['2025-06-01', '$2', '$8', 'Not sourced', 'First seen'],
    ]);
    expect(
      derivePriceHistory(
        routeIndex(c)
          .active('m')
          .filter((r) => r.provider.id === 'flat'),
      ).note,
    ).toMatch(/^No price change is recorded/);
  });

  it('notes a recent change on an active route only, within 90 days of the data date', () => {
    const routes = routeIndex(c).active('m');
    expect(recentPriceChanges(routes, '2026-05-01')).toEqual([
      'Price cut on 2026-03-01: Host input $2 → $1.50, output $8 → $6 per 1M tokens.',
    ]);
    expect(recentPriceChanges(routes, '2026-07-01')).toEqual([]);
    expect(recentPriceChanges(routes, undefined)).toEqual([]);
  });
});
