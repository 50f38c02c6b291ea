import { describe, expect, it } from 'vitest';
import { estimateCost, monthlyCost, DEFAULT_TRAFFIC } from '../../src/lib/cost/cost.ts';
import { routeIndex } from '../../src/lib/cost/model-routes.ts';
import { derivePairFacts } from '../../src/lib/pair/pair-facts.ts';
import { derivePairPage } from '../../src/lib/pair/pair-page.ts';
import { makePair } from '../../src/lib/routing/pairs.ts';
import { deriveSignals } from '../../src/lib/pair/signals.ts';
import { catalogue, model, priced, provider } from '../support/catalogue-builder.ts';

describe('monthly cost', () => {
  it('multiplies per-1M prices by the stated traffic', () => {
    expect(monthlyCost(DEFAULT_TRAFFIC, 0.15, 0.6)).toBe(270);
    expect(monthlyCost({ inputTokens: 1_500_000, outputTokens: 0 }, 2, 10)).toBe(3);
  });

  it('picks the cheapest complete route; on a tie the larger context limit, then the name', () => {
    const m = model('m');
    const c = catalogue(
      [m],
      [
        provider('zeta', [priced('m', 0.15, 0.6, { context_limit: 262_144 })]),
        provider('alpha', [priced('m', 0.15, 0.6, { context_limit: 256_000 })]),
        provider('beta', [{ model: 'm', source: 'https://example.com' }]),
        provider('gamma', [priced('m', 0.01, 0.01, { deprecated: true })]),
      ],
    );
    const cost = estimateCost(m, routeIndex(c).active('m'));
    expect(cost.status === 'priced' && cost.cheapest.route.provider.id).toBe('zeta');
    expect(cost.status === 'priced' && cost.routes.map((r) => r.route.provider.id)).toEqual([
      'zeta',
      'alpha',
    ]);
  });

  it('bills input only for embedding models without an output price, and says why a figure is missing', () => {
    const emb = model('emb', { kind: 'embedding' });
    const chat = model('chat');
    const c = catalogue(
      [emb, chat],
      [
        provider('p', [
          { model: 'emb', source: 'https://e.com', prices: [{ seen: '2026-01-01', input: 0.02 }] },
          { model: 'chat', source: 'https://e.com' },
        ]),
      ],
    );
    const e = estimateCost(emb, routeIndex(c).active('emb'));
    expect(e.status === 'priced' && e.cheapest.monthly).toBe(20);
    expect(estimateCost(chat, routeIndex(c).active('chat'))).toEqual({
      status: 'unavailable',
      reason: 'No tracked provider route has a sourced input and output token price.',
    });
  });
});

describe('signals and verdict', () => {
  it('counts only signals known on both sides', () => {
    const a = model('a', {
      context_window: 128_000,
      capabilities: { vision: true, tool_use: true },
    });
    const b = model('b', { capabilities: { vision: false } });
    const f = derivePairFacts(catalogue([a, b]), makePair(a, b));
    expect(deriveSignals(f).map((s) => [s.key, s.winner])).toEqual([['capabilities', 'a']]);
  });

  it('scores shared benchmarks by their direction and names the leader', () => {
    const score = (benchmark: string, s: number) => ({
      benchmark,
      score: s,
      source: 'https://example.com/b',
      date: '2026-01-01',
      run_by: 'maker',
    });
    // Two coding benchmarks (the coding workload reads its category), one of them lower-is-better.
    const a = model('a', { benchmarks: [score('acc', 80), score('err', 5)] });
    const b = model('b', { benchmarks: [score('acc', 70), score('err', 3), score('only-b', 1)] });
    const bench = (id: string, higher: boolean) => ({
      id,
      name: id,
      measures: 'x',
      category: 'coding' as const,
      unit: '%',
      higher_is_better: higher,
      url: 'https://example.com',
    });
    const c = catalogue(
      [a, b],
      [],
      [bench('acc', true), bench('err', false), bench('only-b', true)],
    );
    const page = derivePairPage(c, makePair(a, b));
    expect(page.benchmarks.rows.map((r) => [r.name, r.a.score, r.b.score, r.leader])).toEqual([
      ['acc', '80%', '70%', 'A'],
      ['err', '5%', '3%', 'B'],
    ]);
    expect(page.verdict.headline).toMatch(
      /^Neither A nor B is the stronger choice for any workload/,
    );
    expect(page.verdict.workloads.find((w) => w.id === 'coding')).toMatchObject({
      call: 'Even',
      figures: [
        { label: 'acc', a: { text: '80%' } },
        { label: 'err', b: { text: '3%' } },
      ],
    });
  });

  it('says so when nothing can be compared', () => {
    const a = model('a');
    const b = model('b');
    const page = derivePairPage(catalogue([a, b]), makePair(a, b));
    expect(page.verdict.workloads.filter((w) => w.winner !== 'missing').map((w) => w.id)).toEqual(
      [],
    );
    expect(page.verdict.headline).toMatch(
      /^Neither A nor B is the stronger choice for any workload.*does not yet decide coding and agents, reasoning and analysis/,
    );
    expect(page.faq.map((q) => q.question)).toEqual([
      'Is A or B open source?',
      'Where can I run A and B?',
    ]);
  });
});
