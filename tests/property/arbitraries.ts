/**
 * fast-check arbitraries of valid catalogues: every record passes its schema
 * and the loader's cross-checks, with facts left out at random, extreme but
 * allowed numbers, and names holding "&" and quotes.
 */
import fc from 'fast-check';
import {
  CAPABILITIES,
  DECISION_FITS,
  MODEL_KINDS,
  type Catalogue,
  type Model,
  type Provider,
} from '../../src/schemas/index.ts';
import { benchmarkSchema } from '../../src/schemas/benchmark.ts';
import { makerSchema } from '../../src/schemas/maker.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { providerSchema } from '../../src/schemas/provider.ts';

const TODAY = '2026-06-01';
const day = fc
  .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2026, 4, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const url = fc.constantFrom(
  'https://example.com/a',
  'http://docs.example.org/models/x',
  'https://huggingface.co/org/model',
);
/** Display words: no "<" or ">" (the schema refuses them), and nothing that reads as a leaked value. */
const word = fc.constantFrom(
  'Nova',
  'Q&A',
  'Atlas "Pro"',
  "O'Brien",
  'Flash',
  'Ultra-Lite',
  'Échelle',
  '7B',
  'v2.5',
);
const usd = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.015, 0.1, 0.6, 3, 15, 9999.99),
);
const tokens = fc.oneof(
  fc.integer({ min: 1, max: 100_000_000 }),
  fc.constantFrom(1, 1024, 8192, 128_000, 131_072, 1_048_576, 100_000_000),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is undefined, as a YAML record would not have them. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Benchmark "bench-0" is scored in Elo (any figure), the others in % (0 to 100): see catalogueArb. */
const scoreArb = (benchmark: string) =>
  fc.double({
    min: benchmark === 'bench-0' ? -1000 : 0,
    max: benchmark === 'bench-0' ? 1000 : 100,
    noNaN: true,
    noDefaultInfinity: true,
  });

function modelArb(id: string, maker: string, benchmarks: string[]): fc.Arbitrary<Model> {
  const billions = fc.double({ min: 0.001, max: 100_000, noNaN: true, noDefaultInfinity: true });
  return fc
    .record({
      name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `${w.join(' ')} ${id}`),
      kind: fc.constantFrom(...MODEL_KINDS),
      released: maybe(day),
      context_window: maybe(tokens),
      parameters: maybe(
        fc.tuple(maybe(billions), maybe(billions)).map(([t, a]) =>
          defined({
            total_billions: t,
            active_billions: t !== undefined && a !== undefined ? Math.min(a, t) : a,
          }),
        ),
      ),
      architecture: maybe(fc.constantFrom('dense' as const, 'moe' as const)),
      licence: maybe(fc.record({ name: word, osi_approved: maybe(fc.boolean()) }).map(defined)),
      openness: maybe(fc.constantFrom('open-weights' as const, 'proprietary' as const)),
      commercial_use: maybe(
        fc.constantFrom('allowed' as const, 'conditional' as const, 'not-allowed' as const),
      ),
      knowledge_cutoff: maybe(
        fc.oneof(
          day,
          day.map((d) => d.slice(0, 7)),
        ),
      ),
      capabilities: maybe(
        fc
          .record(Object.fromEntries(CAPABILITIES.map((c) => [c, maybe(fc.boolean())])))
          .map(defined),
      ),
      best_for: maybe(fc.uniqueArray(word, { maxLength: 3, selector: (w) => w.toLowerCase() })),
      decision_fit: maybe(fc.uniqueArray(fc.constantFrom(...DECISION_FITS), { maxLength: 4 })),
      benchmarks: maybe(
        fc.subarray(benchmarks).chain((ids) =>
          fc.tuple(
            ...ids.map((benchmark) =>
              fc.record({
                benchmark: fc.constant(benchmark),
                score: scoreArb(benchmark),
                source: url,
                date: day,
                run_by: fc.constantFrom('maker', 'Artificial Analysis'),
              }),
            ),
          ),
        ),
      ),
      sources: fc.uniqueArray(url, { minLength: 1, maxLength: 3 }),
      reviewed: day,
    })
    .map((r) => ({ id, maker, ...defined(r) }) as Model);
}

function providerArb(id: string, models: Model[]): fc.Arbitrary<Provider> {
  const price = (language: boolean) =>
    fc
      .record({
        input: usd,
        output: language ? usd : maybe(usd),
        cached_input: maybe(usd),
        tiers: maybe(fc.constant([{ above_tokens: 200_000, input: 1, output: 2 }])),
        // Discounts as a share of the standard price; windows and lifetimes as data states them.
        batchCut: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        offPeakCut: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
        windows: fc.constantFrom(['16:30-00:30'], ['10:00-01:00', '04:00-06:00']),
        weekends: maybe(fc.constant(true as const)),
        cacheWrite: maybe(
          fc.constantFrom(
            [
              { price: 3.75, duration: '5m' },
              { price: 6, duration: '1h' },
            ],
            [{ price: 0.5 }],
          ),
        ),
      })
      .map(({ batchCut, offPeakCut, windows, weekends, cacheWrite, ...p }) => {
        // Cached input is billed at most at the input price; discounted prices at most at the standard ones.
        const cached_input =
          p.cached_input === undefined ? undefined : Math.min(p.cached_input, p.input);
        const cut = (share: number, v: number | undefined) =>
          v === undefined ? undefined : Math.floor(v * share * 1e4) / 1e4;
        const discounted = (share: number) =>
          defined({
            input: cut(share, p.input)!,
            output: cut(share, p.output),
            cached_input: cut(share, cached_input),
          });
        return defined({
          ...p,
          cached_input,
          // The schema refuses off-peak prices together with tiers.
          off_peak:
            offPeakCut === undefined || p.tiers
              ? undefined
              : { windows_utc: windows, ...defined({ weekends }), ...discounted(offPeakCut) },
          batch: batchCut === undefined ? undefined : discounted(batchCut),
          cache_write: cacheWrite,
        });
      });
  const route = (m: Model) =>
    fc
      .record({
        // One API name per model within a provider.
        api_id: maybe(fc.constantFrom(`org/${m.id}`, `${m.id}-v1`)),
        context_limit: maybe(tokens),
        deprecated: maybe(fc.boolean()),
        source: url,
        prices: maybe(
          fc
            .uniqueArray(day, { maxLength: 3 })
            .chain((days) =>
              fc.tuple(
                ...days
                  .sort()
                  .map((seen) => price(m.kind === 'language').map((p) => ({ seen, ...p }))),
              ),
            ),
        ),
      })
      .map((r) => ({ model: m.id, ...defined(r) }));
  return fc
    .record({
      name: word.map((w) => `${w} host ${id}`),
      kind: fc.constantFrom(
        'first-party' as const,
        'cloud' as const,
        'inference-host' as const,
        'aggregator' as const,
      ),
      url,
      pricing_url: maybe(url),
      reviewed: day,
      routes: fc.subarray(models).chain((served) => fc.tuple(...served.map(route))),
    })
    .map((r) => ({ id, ...defined(r) }) as Provider);
}

/** A valid catalogue of 2 to `maxModels` models, up to 3 providers and 3 benchmarks. */
export function catalogueArb(maxModels = 5): fc.Arbitrary<Catalogue> {
  return fc
    .record({
      models: fc.integer({ min: 2, max: maxModels }),
      providers: fc.integer({ min: 0, max: 3 }),
      benchmarks: fc.integer({ min: 0, max: 3 }),
      higher: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    })
    .chain((n) => {
      const benchmarkIds = Array.from({ length: n.benchmarks }, (_, i) => `bench-${i}`);
      const makers = ['maker-a', 'maker-b'];
      return fc
        .tuple(
          ...Array.from({ length: n.models }, (_, i) =>
            fc
              .constantFrom(...makers)
              .chain((maker) => modelArb(`model-${i}`, maker, benchmarkIds)),
          ),
        )
        .chain((models) =>
          fc
            .tuple(
              ...Array.from({ length: n.providers }, (_, i) =>
                providerArb(`provider-${i}`, models),
              ),
            )
            .map((providers) => {
              const catalogue: Catalogue = {
                makers: new Map(
                  makers.map((id, i) => [
                    id,
                    {
                      id,
                      name: i ? 'Maker & "Sons"' : 'Maker A',
                      homepage: 'https://maker.example.com',
                    },
                  ]),
                ),
                models: new Map(models.map((m) => [m.id, m])),
                providers: new Map(providers.map((p) => [p.id, p])),
                benchmarks: new Map(
                  benchmarkIds.map((id, i) => [
                    id,
                    {
                      id,
                      name: `Bench ${i}`,
                      measures: 'Something.',
                      category: i ? 'reasoning' : 'preference',
                      unit: i ? '%' : 'Elo',
                      higher_is_better: n.higher[i]!,
                      url: 'https://bench.example.com',
                    },
                  ]),
                ),
              };
              return catalogue;
            }),
        );
    });
}

/** Schema problems of a generated catalogue (there should be none). */
export function schemaProblems(c: Catalogue): string[] {
  const out: string[] = [];
  const check = (
    schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
    kind: string,
    records: Map<string, { id: string }>,
  ) => {
    for (const { id, ...record } of records.values()) {
      const r = schema.safeParse(record);
      if (!r.success) out.push(`${kind}/${id}: ${String(r.error)}`);
    }
  };
  check(makerSchema, 'makers', c.makers);
  check(modelSchema, 'models', c.models);
  check(providerSchema, 'providers', c.providers);
  check(benchmarkSchema, 'benchmarks', c.benchmarks);
  for (const p of c.providers.values())
    for (const r of p.routes)
      for (const price of r.prices ?? []) if (price.seen > TODAY) out.push('future date');
  return out;
}
