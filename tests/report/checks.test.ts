/** The data report's warnings, each on a small in-memory catalogue. */
import { describe, expect, it } from 'vitest';
import { checkCatalogue, modelsNamedBy, namesAsFamily } from '../../src/report/checks.ts';
import type { BenchmarkScore } from '../../src/schemas/index.ts';
import { catalogue, model, provider } from '../support/catalogue-builder.ts';

const score = (source: string, date = '2026-01-01'): BenchmarkScore => ({
  benchmark: 'quiz',
  score: 50,
  source,
  date,
  run_by: 'maker',
});
const route = (m: string, context_limit?: number, extra: Record<string, unknown> = {}) => ({
  model: m,
  source: 'https://example.com/pricing',
  ...(context_limit ? { context_limit } : {}),
  prices: [{ seen: '2026-01-01', input: 1, output: 2 }],
  ...extra,
});
const kinds = (c: ReturnType<typeof catalogue>, kind: string) =>
  checkCatalogue(c).filter((w) => w.check === kind);

describe('a score whose source names another model', () => {
  const models = [
    model('claude-opus-4-7', { name: 'Claude Opus 4.7' }),
    model('claude-opus-4-8', { name: 'Claude Opus 4.8' }),
    model('gpt-5-5', { name: 'GPT-5.5' }),
    model('gpt-5-5-pro', { name: 'GPT-5.5 Pro' }),
    model('qwen3-6-27b', { name: 'Qwen3.6 27B' }),
  ];
  const names = new Map(
    models.map((m) => [m.id, [m.id.split('-'), m.name.toLowerCase().split(/[^a-z0-9]+/)]]),
  );

  it('finds models by id or display name in the path and query, not in the host', () => {
    expect([...modelsNamedBy('https://www.anthropic.com/news/claude-opus-4-8', names)]).toEqual([
      'claude-opus-4-8',
    ]);
    expect([...modelsNamedBy('https://huggingface.co/Qwen/Qwen3.6-27B', names)]).toEqual([
      'qwen3-6-27b',
    ]);
    expect([...modelsNamedBy('https://x.example.com/?eval_result=gpt-5.5', names)]).toEqual([
      'gpt-5-5',
    ]);
    expect([...modelsNamedBy('https://gpt-5-5.example.com/results', names)]).toEqual([]);
  });

  it('reads a shorter name inside a longer one as the longer model only', () => {
    expect([...modelsNamedBy('https://openai.com/index/gpt-5-5-pro/', names)]).toEqual([
      'gpt-5-5-pro',
    ]);
    expect(
      [...modelsNamedBy('https://openai.com/index/gpt-5-5-and-gpt-5-5-pro/', names)].sort(),
    ).toEqual(['gpt-5-5', 'gpt-5-5-pro']);
  });

  it('reads a launch page of several models as naming each of them', () => {
    const family = new Map([
      ['gpt-5', [['gpt', '5']]],
      ['gpt-5-6-luna', [['gpt', '5', '6', 'luna']]],
      ['gpt-5-6-sol', [['gpt', '5', '6', 'sol']]],
      ['gpt-5-4', [['gpt', '5', '4']]],
      ['gpt-5-4-nano', [['gpt', '5', '4', 'nano']]],
    ]);
    // The family's page, when no model bears the family's name.
    expect(namesAsFamily('https://openai.com/index/gpt-5-6/', 'gpt-5-6-luna', family)).toBe(true);
    // A list that shares the family.
    const miniAndNano = 'https://openai.com/index/introducing-gpt-5-4-mini-and-nano/';
    expect(namesAsFamily(miniAndNano, 'gpt-5-4-nano', family)).toBe(true);
    // A sibling's own page is not the family's: GPT-5.4 is a model, and Sol is not Luna.
    expect(namesAsFamily('https://openai.com/index/gpt-5-4/', 'gpt-5-4-nano', family)).toBe(false);
    expect(namesAsFamily('https://openai.com/index/gpt-5-6-sol/', 'gpt-5-6-luna', family)).toBe(
      false,
    );
    expect(namesAsFamily(miniAndNano, 'gpt-5-4', family)).toBe(false);
  });

  it('warns when the source names another model and not this one', () => {
    const c = catalogue([
      model('claude-opus-4-7', {
        name: 'Claude Opus 4.7',
        benchmarks: [
          score('https://www.swebench.com/'),
          score('https://www.anthropic.com/news/claude-opus-4-8'),
        ],
      }),
      model('claude-opus-4-8', {
        name: 'Claude Opus 4.8',
        benchmarks: [score('https://www.anthropic.com/news/claude-opus-4-8')],
      }),
      model('gpt-5-5', {
        name: 'GPT-5.5',
        benchmarks: [
          score('https://openai.com/index/gpt-5-5-pro/'),
          score('https://openai.com/index/claude-opus-4-8-vs-gpt-5-5/'),
        ],
      }),
      model('gpt-5-5-pro', { name: 'GPT-5.5 Pro' }),
    ]);
    const found = kinds(c, 'score-source-names-other-model');
    expect(found.map((w) => [w.file, w.field])).toEqual([
      ['models/claude-opus-4-7.yaml', 'benchmarks[1].source'],
      ['models/gpt-5-5.yaml', 'benchmarks[0].source'],
    ]);
    expect(found[0]!.message).toContain('names claude-opus-4-8 and not claude-opus-4-7');
  });

  it("stays quiet when the record's notes name the other model's page, and only then", () => {
    const cited = (notes: string) =>
      model('claude-opus-4-7', {
        name: 'Claude Opus 4.7',
        notes,
        benchmarks: [score('https://www.anthropic.com/news/claude-opus-4-8')],
      });
    const others = [model('claude-opus-4-8', { name: 'Claude Opus 4.8' }), model('gpt-5-5')];
    const explained = catalogue([
      cited("SWE-bench Pro is Anthropic's figure for it in the Claude Opus 4.8 launch table."),
      ...others,
    ]);
    expect(kinds(explained, 'score-source-names-other-model')).toEqual([]);
    // A longer name holding the other's is not the other: "Claude Opus 4.8 Pro" is another model.
    others.push(model('claude-opus-4-8-pro', { name: 'Claude Opus 4.8 Pro' }));
    for (const notes of [
      'From the GPT-5.5 launch table.',
      'Claude Opus 4.80 differs.',
      'As in the Claude Opus 4.8 Pro table.',
      '',
    ]) {
      const c = catalogue([cited(notes), ...others]);
      expect(kinds(c, 'score-source-names-other-model')).toHaveLength(1);
    }
  });
});

describe('routes that disagree on the context', () => {
  it('warns when a route serves more than the model window, beyond 5%', () => {
    const c = catalogue(
      [model('a', { context_window: 200_000 }), model('b', { context_window: 1_000_000 })],
      [
        provider('p', [route('a', 1_000_000), route('b', 1_048_576)]),
        provider('q', [route('a', 200_000)]),
      ],
    );
    const found = kinds(c, 'route-context-disagrees');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'models/a.yaml', field: 'context_window' });
    expect(found[0]!.message).toContain('is 200000, but routes serve more (p 1000000)');
  });

  it('warns when routes disagree with each other, with or without a window, and ignores deprecated routes', () => {
    const c = catalogue(
      [
        model('a'),
        model('b', { context_window: 128_000 }),
        model('c', { context_window: 131_072 }),
      ],
      [
        provider('p', [route('a', 64_000), route('b', 128_000), route('c', 128_000)]),
        provider('q', [
          route('a', 128_000),
          route('b', 32_000),
          route('c', 8_000, { deprecated: true }),
        ]),
      ],
    );
    const found = kinds(c, 'route-context-disagrees');
    expect(found.map((w) => w.file)).toEqual(['models/a.yaml', 'models/b.yaml']);
    expect(found[1]!.message).toContain(
      'routes disagree on the context limit (p 128000, q 32000), context_window 128000',
    );
  });
});

describe('open weights without a licence', () => {
  it('warns only for open-weight models with no licence', () => {
    const c = catalogue([
      model('a', { openness: 'open-weights' }),
      model('b', { openness: 'open-weights', licence: { name: 'Apache 2.0' } }),
      model('c', { openness: 'proprietary' }),
      model('d'),
    ]);
    expect(kinds(c, 'open-weights-without-licence').map((w) => [w.file, w.field])).toEqual([
      ['models/a.yaml', 'licence'],
    ]);
  });
});

describe('a record reviewed after its newest dated fact', () => {
  it('flags a model or provider reviewed more than 30 days after its newest score or price, unless on a catalogue snapshot date', () => {
    const c = catalogue(
      [
        model('a', {
          reviewed: '2026-03-01',
          benchmarks: [score('https://x.example.com/a', '2026-01-15')],
        }), // 45 days after its score
        model('b', {
          reviewed: '2026-01-31',
          benchmarks: [score('https://x.example.com/b', '2026-01-01')],
        }), // 30 days: within the margin
        model('c', { reviewed: '2026-12-01' }), // its route at q, seen 2025-06-01
        model('e', { reviewed: '2026-12-01' }), // no dated fact: nothing to compare
        model('d', { reviewed: '2026-03-01' }), // its route's price, seen 2026-01-01
        model('f', {
          reviewed: '2026-09-23',
          benchmarks: [score('https://x.example.com/f', '2026-01-15')],
        }), // checked against the genai-prices snapshot of that day: not flagged
        model('g', {
          reviewed: '2026-09-24',
          benchmarks: [score('https://x.example.com/g', '2026-01-15')],
        }), // the day after a snapshot is no snapshot
      ],
      [
        provider('p', [route('d')], { reviewed: '2026-01-20' }),
        provider(
          'q',
          [route('c', undefined, { prices: [{ seen: '2025-06-01', input: 1, output: 2 }] })],
          { reviewed: '2026-01-01' },
        ),
      ],
    );
    const found = kinds(c, 'reviewed-after-sources');
    expect(found.map((w) => w.file)).toEqual([
      'models/a.yaml',
      'models/c.yaml',
      'models/d.yaml',
      'models/g.yaml',
      'providers/q.yaml',
    ]);
    expect(found[0]!.message).toBe(
      'is 2026-03-01, 45 days after the newest dated fact it holds (2026-01-15): reviewed should be the date of the sources checked',
    );
  });
});
