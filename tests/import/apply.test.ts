/** Applying planned changes to record text: only additions, in schema order, block style. */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/import/apply.ts';
import type { Change } from '../../src/import/change.ts';

const files = (texts: Record<string, string>) => (rel: string) => texts[rel];

describe('applyPlan', () => {
  it('turns empty flow collections into blocks when it adds to them', () => {
    const provider =
      'name: P\nkind: aggregator\nurl: https://p.example.com\nreviewed: 2026-01-01\nroutes: []\n';
    const model =
      'name: M\nmaker: a\nkind: language\ncapabilities: {}\nsources: [https://m.example.com]\nreviewed: 2026-01-01\n';
    const changes: Change[] = [
      {
        type: 'add-route',
        provider: 'p',
        route: {
          model: 'm',
          api_id: 'm-1',
          source: 'https://p.example.com/m',
          prices: [{ seen: '2026-02-01', input: 1, output: 2 }],
        },
        from: 'x/m-1',
      },
      {
        type: 'fill-model-field',
        model: 'm',
        path: ['capabilities', 'reasoning'],
        value: true,
        from: 'x/m-1',
      },
      {
        type: 'fill-model-field',
        model: 'm',
        path: ['capabilities', 'vision'],
        value: false,
        from: 'x/m-1',
      },
    ];
    const out = applyPlan(changes, files({ 'providers/p.yaml': provider, 'models/m.yaml': model }));
    expect(out.get('providers/p.yaml')).toBe(
      'name: P\nkind: aggregator\nurl: https://p.example.com\nreviewed: 2026-01-01\nroutes:\n' +
        '  - model: m\n    api_id: m-1\n    source: https://p.example.com/m\n    prices:\n      - seen: 2026-02-01\n        input: 1\n        output: 2\n',
    );
    // Capabilities in table order (vision before reasoning), the flow list of sources untouched.
    expect(out.get('models/m.yaml')).toBe(
      'name: M\nmaker: a\nkind: language\ncapabilities:\n  vision: false\n  reasoning: true\nsources: [https://m.example.com]\nreviewed: 2026-01-01\n',
    );
  });

  it('adds a missing capabilities map and route fields where the schema puts them', () => {
    const model =
      'name: M\nmaker: a\nkind: language\nbest_for:\n  - chat\nsources:\n  - https://m.example.com\nreviewed: 2026-01-01\n';
    const provider =
      'name: P\nkind: aggregator\nurl: https://p.example.com\nreviewed: 2026-01-01\nroutes:\n  - model: m\n    api_id: m-1\n    source: https://p.example.com/m # the model page\n';
    const changes: Change[] = [
      {
        type: 'fill-model-field',
        model: 'm',
        path: ['capabilities', 'function_calling'],
        value: true,
        from: 'x',
      },
      { type: 'fill-model-field', model: 'm', path: ['released'], value: '2025-01-02', from: 'x' },
      {
        type: 'set-route-field',
        provider: 'p',
        routeIndex: 0,
        model: 'm',
        field: 'deprecated',
        value: true,
        from: 'x',
      },
      {
        type: 'add-price',
        provider: 'p',
        routeIndex: 0,
        model: 'm',
        price: { seen: '2026-02-01', input: 0.5, output: 1 },
        from: 'x',
      },
    ];
    const out = applyPlan(changes, files({ 'models/m.yaml': model, 'providers/p.yaml': provider }));
    expect(out.get('models/m.yaml')).toBe(
      'name: M\nmaker: a\nkind: language\nreleased: 2025-01-02\ncapabilities:\n  function_calling: true\nbest_for:\n  - chat\nsources:\n  - https://m.example.com\nreviewed: 2026-01-01\n',
    );
    expect(out.get('providers/p.yaml')).toBe(
      'name: P\nkind: aggregator\nurl: https://p.example.com\nreviewed: 2026-01-01\nroutes:\n' +
        '  - model: m\n    api_id: m-1\n    deprecated: true\n    source: https://p.example.com/m # the model page\n    prices:\n      - seen: 2026-02-01\n        input: 0.5\n        output: 1\n',
    );
  });

  it('leaves files without changes out, and never folds long lines', () => {
    const long = `https://p.example.com/${'x'.repeat(120)}`;
    const out = applyPlan(
      [{ type: 'add-route', provider: 'p', route: { model: 'm', source: long }, from: 'x' }],
      files({
        'providers/p.yaml':
          'name: P\nkind: aggregator\nurl: https://p.example.com\nreviewed: 2026-01-01\nroutes:\n  - model: n\n    source: https://p.example.com/n\n',
        'models/m.yaml': 'x',
      }),
    );
    expect([...out.keys()]).toEqual(['providers/p.yaml']);
    expect(out.get('providers/p.yaml')).toContain(`    source: ${long}\n`);
  });
});
