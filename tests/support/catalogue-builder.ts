/** Small in-memory catalogues for unit tests of the derivations. */
import type { Benchmark, Catalogue, Maker, Model, Provider } from '../../src/schemas/index.ts';

export function model(id: string, fields: Partial<Model> = {}): Model {
  return {
    id,
    name: id.toUpperCase(),
    maker: 'maker',
    kind: 'language',
    sources: ['https://example.com/card'],
    reviewed: '2026-01-01',
    ...fields,
  };
}

export function provider(
  id: string,
  routes: Provider['routes'],
  fields: Partial<Provider> = {},
): Provider {
  return {
    id,
    name: id,
    kind: 'inference-host',
    url: 'https://example.com',
    reviewed: '2026-01-01',
    routes,
    ...fields,
  };
}

export function catalogue(
  models: Model[],
  providers: Provider[] = [],
  benchmarks: Benchmark[] = [],
): Catalogue {
  const maker: Maker = { id: 'maker', name: 'Maker', homepage: 'https://example.com' };
  return {
    makers: new Map([[maker.id, maker]]),
    models: new Map(models.map((m) => [m.id, m])),
    providers: new Map(providers.map((p) => [p.id, p])),
    benchmarks: new Map(benchmarks.map((b) => [b.id, b])),
  };
}

export const priced = (
  modelId: string,
  input: number,
  output: number,
  extra: Record<string, unknown> = {},
) => ({
  model: modelId,
  source: 'https://example.com/pricing',
  prices: [{ seen: '2026-01-01', input, output }],
  ...extra,
});
