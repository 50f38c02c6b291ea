/** Every record kind: its folder under the data directory and its schema. */
import { benchmarkSchema, type Benchmark } from './benchmark.ts';
import { makerSchema, type Maker } from './maker.ts';
import { modelSchema, type Model } from './model.ts';
import { providerSchema, type Provider } from './provider.ts';

export const RECORD_KINDS = {
  makers: makerSchema,
  models: modelSchema,
  providers: providerSchema,
  benchmarks: benchmarkSchema,
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/** The validated catalogue: every record, keyed by id. */
export interface Catalogue {
  makers: Map<string, Maker>;
  models: Map<string, Model>;
  providers: Map<string, Provider>;
  benchmarks: Map<string, Benchmark>;
}

export type { Benchmark, Maker, Model, Provider };
export type {
  Route,
  Price,
  PriceTier,
  OffPeakPrice,
  BatchPrice,
  CacheWritePrice,
  ProviderKind,
} from './provider.ts';
export type { Capability, ModelKind, DecisionFit, BenchmarkScore } from './model.ts';
export { CAPABILITIES, MODEL_KINDS, DECISION_FITS } from './model.ts';
export { BENCHMARK_CATEGORIES } from './benchmark.ts';
export type { BenchmarkCategory } from './benchmark.ts';
