import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TRAFFIC, type Traffic } from '../../src/lib/cost/cost.ts';
import { decodeCostData, encodeCostData } from '../../src/lib/cost/cost-data.ts';
import { costFigures } from '../../src/lib/cost/cost-figures.ts';
import { deriveCostSection } from '../../src/lib/cost/cost-section.ts';
import { derivePricing } from '../../src/lib/pair/spec-tables.ts';
import { loadCatalogue } from '../../src/loader/load-catalogue.ts';
import { derivePairFacts } from '../../src/lib/pair/pair-facts.ts';
import { makePair } from '../../src/lib/routing/pairs.ts';
import type { Catalogue } from '../../src/schemas/index.ts';
import { COST_FIXTURE } from './cost-site.ts';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue(COST_FIXTURE);
});
const section = () =>
  deriveCostSection(
    derivePairFacts(
      catalogue,
      makePair(catalogue.models.get('alpha-pro')!, catalogue.models.get('beta-mini')!),
    ),
  );
const figuresAt = (t: Traffic) => costFigures(decodeCostData(section().dataJson), t);

describe('cost figures of the fixture pair', () => {
  it('at the default traffic: cheapest routes, basis, difference and every route', () => {
    const s = section();
    expect(s.trafficLabel).toBe('1,000M input and 200M output tokens a month');
    expect(s.a).toMatchObject({
      name: 'Alpha Pro',
      monthly: '$3,100',
      routeName: 'Fast Host',
      basis: '$1.50 input + $8 output per 1M tokens',
    });
    expect(s.b).toMatchObject({ monthly: '$300', routeName: 'Fast Host' });
    expect(s.difference).toBe(
      'Alpha Pro costs $2,800 more a month than Beta Mini at this traffic (10.3× as much).',
    );
    expect(s.a.routes).toEqual([
      { monthly: '$3,250', note: '', cheapest: false },
      { monthly: '$3,100', note: 'Cheapest', cheapest: true },
      { monthly: 'Not sourced', note: 'Price not sourced', cheapest: false },
    ]);
    expect(s.routeRows.a[0]).toMatchObject({
      provider: 'Acme Cloud',
      input: '$1.25',
      cachedInput: '$0.125',
      output: '$10',
      tiers: 'Above 200K-token prompts: $2.50 input, $15 output, $0.25 cached',
    });
    expect(s.routeRows.a[1]!.cachedInput).toBe('Not sourced');
    // The deprecated route is not listed.
    expect(s.routeRows.b.map((r) => r.provider)).toEqual([
      'Acme Cloud',
      'Fast Host',
      'Night Cloud',
    ]);
    // Terms beyond the standard prices, only where sourced.
    expect(s.routeRows.a[0]!.terms).toBe(
      'Batch: $0.625 input, $5 output; Cache writes: $1.563 (5-minute cache), $2.50 (1-hour cache)',
    );
    expect(s.routeRows.a[1]!.terms).toBe('');
    expect(s.routeRows.b[2]!.terms).toBe('Off-peak 16:30–00:30 UTC: $0.05 input, $0.40 output');
    // Traffic spread evenly over the week: a third of it off-peak on Night Cloud.
    expect(s.b.routes[2]).toEqual({
      monthly: '$523.33',
      note: 'Off-peak prices for 33.33% of traffic',
      cheapest: false,
    });
  });

  it('with a cached share: cached prices make Acme Cloud the cheapest, a route without one says so', () => {
    const f = figuresAt({ ...DEFAULT_TRAFFIC, cachedShare: 0.5 });
    expect(f.trafficLabel).toBe('1,000M input and 200M output tokens a month, 50% of input cached');
    expect(f.a).toMatchObject({
      monthly: '$2,688',
      routeName: 'Acme Cloud',
      basis: '$1.25 input ($0.125 cached) + $10 output per 1M tokens',
    });
    expect(f.a.routes[1]).toEqual({
      monthly: '$3,100',
      note: 'No cached price: input price used',
      cheapest: false,
    });
    expect(f.b).toMatchObject({ monthly: '$285', routeName: 'Acme Cloud' });
  });

  it('with long prompts: the tier applies, short-context routes drop out, and a side with none left says why', () => {
    const f = figuresAt({ ...DEFAULT_TRAFFIC, promptTokens: 300_000 });
    expect(f.a).toMatchObject({
      monthly: '$5,500',
      routeName: 'Acme Cloud',
      basis: '$2.50 input + $15 output per 1M tokens, long-context tier above 200K',
    });
    expect(f.a.routes[0]!.note).toBe('Cheapest; Tier above 200K applied');
    expect(f.a.routes[1]).toEqual({
      monthly: 'Not served',
      note: 'Prompt longer than its context limit',
      cheapest: false,
    });
    expect(f.b).toMatchObject({
      monthly: undefined,
      figure: 'Unavailable',
      unavailableReason: 'No tracked route with a sourced price takes prompts of 300K tokens.',
    });
    expect(f.difference).toBe(
      'No cost difference can be given until Beta Mini has a sourced input and output token price.',
    );
  });

  it("draws each model's cheapest route, named for screen readers by what it shows and where its figures are", () => {
    const svg = section().chart;
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      '<title>Bar chart of the monthly cost per route at 1,000M input and 200M output tokens a month, cheapest first, for Alpha Pro (1 route) and Beta Mini (1 route); the table above gives every figure.</title>',
    );
    const labels = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Alpha Pro (the cheapest of 2 priced routes)',
      'Fast Host',
      '$3,100 (cheapest)',
      'Beta Mini (the cheapest of 3 priced routes)',
      'Fast Host',
      '$300 (cheapest)',
    ]);
  });

  it('notes a recent price change on the pair page', () => {
    expect(section().priceNotes).toEqual([
      'Alpha Pro: Price cut on 2026-04-01: Acme Cloud input $2 → $1.25, cached input $0.125 added per 1M tokens.',
    ]);
  });

  it('carries its data in a compact JSON form that decodes to the same routes', () => {
    const json = section().dataJson;
    expect(json).not.toContain('<');
    const data = decodeCostData(json);
    expect(encodeCostData(data)).toBe(json);
    expect(data.a.routes[0]).toEqual({
      provider: 'Acme Cloud',
      price: {
        input: 1.25,
        output: 10,
        cached_input: 0.125,
        tiers: [{ above_tokens: 200_000, input: 2.5, output: 15, cached_input: 0.25 }],
        batch: { input: 0.625, output: 5 },
        cache_write: [
          { price: 1.5625, duration: '5m' },
          { price: 2.5, duration: '1h' },
        ],
      },
    });
    // Off-peak windows travel as the week's share of off-peak hours, all the arithmetic needs.
    expect(data.b.routes[2]).toEqual({
      provider: 'Night Cloud',
      price: { input: 0.4, output: 1.6, off_peak: { input: 0.05, output: 0.4, week_share: 1 / 3 } },
    });
    expect(data.a.routes[2]).toEqual({ provider: 'Old Cloud' });
    expect(data.b).toMatchObject({ name: 'Beta Mini', inputOnly: false, modelContext: 128_000 });
  });
});

describe('the pricing table of the fixture pair', () => {
  const pricing = (drop: (providerId: string, model: string) => boolean) => {
    const providers = new Map(
      [...catalogue.providers].map(([id, p]) => [
        id,
        { ...p, routes: p.routes.filter((r) => !drop(id, r.model)) },
      ]),
    );
    const c = { ...catalogue, providers };
    return derivePricing(
      derivePairFacts(c, makePair(c.models.get('alpha-pro')!, c.models.get('beta-mini')!)),
    );
  };
  const labels = (rows: { label: string }[]) => rows.map((r) => r.label);

  it('adds a row for a term only when one cheapest route states it, the other side "Not sourced"', () => {
    // Fast Host is the cheapest for both and states no term: no term rows.
    expect(labels(pricing(() => false))).not.toContain('Batch prices');
    const withAcme = pricing((id) => id === 'fast-host');
    expect(withAcme.find((r) => r.label === 'Batch prices')).toEqual({
      label: 'Batch prices',
      a: '$0.625 input, $5 output',
      b: 'Not sourced',
    });
    expect(withAcme.find((r) => r.label === 'Cache-write price')).toEqual({
      label: 'Cache-write price',
      a: '$1.563 (5-minute cache), $2.50 (1-hour cache)',
      b: 'Not sourced',
    });
    expect(labels(withAcme)).not.toContain('Off-peak prices');
    const withNight = pricing(
      (id, model) => id === 'fast-host' || (id === 'acme-cloud' && model === 'beta-mini'),
    );
    expect(withNight.find((r) => r.label === 'Off-peak prices')).toEqual({
      label: 'Off-peak prices',
      a: 'Not sourced',
      b: 'Off-peak 16:30–00:30 UTC: $0.05 input, $0.40 output',
    });
  });
});
