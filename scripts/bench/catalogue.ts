/**
 * A synthetic but realistic catalogue for the benchmark: makers, models with
 * varied (often partial) facts, benchmarks, and providers with routes and
 * dated prices. Pure and deterministic: the same (models, seed) gives the same
 * files, byte for byte. Every record passes the schemas and cross-checks.
 */
import { stringify } from 'yaml';
import {
  BENCHMARK_CATEGORIES,
  CAPABILITIES,
  DECISION_FITS,
  MODEL_KINDS,
} from '../../src/schemas/index.ts';

/** Relative path (e.g. "models/x.yaml") → YAML text. */
export type CatalogueFiles = Map<string, string>;

export interface GenerateOptions {
  models: number;
  seed?: number;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const chance = (p: number) => next() < p;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(n, copy.length));
  };
  return { next, int, pick, chance, some };
}
type Rng = ReturnType<typeof rng>;

const SYLLABLES = [
  'ab',
  'ex',
  'or',
  'ion',
  'ta',
  'vel',
  'mi',
  'ra',
  'nu',
  'qua',
  'zen',
  'lo',
  'ki',
  'sol',
  'ter',
  'dra',
  'ny',
  'pho',
];
const MAKER_SUFFIX = ['AI', 'Labs', 'Research', 'Systems', 'Intelligence'];
const FAMILIES = [
  'Nova',
  'Atlas',
  'Orbit',
  'Quill',
  'Sable',
  'Lumen',
  'Vega',
  'Flint',
  'Ember',
  'Cirrus',
  'Delta',
  'Echo',
  'Pico',
  'Rune',
];
const SIZES = ['Mini', 'Small', 'Medium', 'Large', 'Pro', 'Flash', 'Lite', 'Max', 'Ultra', 'Turbo'];
const BEST_FOR = [
  'tool-calling agents',
  'long-context analysis',
  'multimodal apps',
  'cheap classification',
  'code review',
  'customer support chat',
  'retrieval-augmented answers',
  'batch summarisation',
  'on-device assistants',
  'structured extraction',
];
const BENCHMARKS = [
  ['GPQA Diamond', '%', true],
  ['SWE-bench Verified', '%', true],
  ['MMLU-Pro', '%', true],
  ['LiveCodeBench', '%', true],
  ['AIME 2025', '%', true],
  ['Arena Elo', 'Elo', true],
  ['HumanEval', '%', true],
  ['MATH-500', '%', true],
  ['Tau-bench', '%', true],
  ['Word error rate', '%', false],
  ['MTEB', 'score', true],
  ['SciCode', '%', true],
] as const;
const CONTEXTS = [
  8_192, 32_000, 32_768, 128_000, 131_072, 200_000, 256_000, 262_144, 1_000_000, 1_048_576,
  2_000_000,
];
const PROVIDER_KINDS = ['cloud', 'inference-host', 'aggregator'] as const;

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const pad = (n: number) => String(n).padStart(2, '0');
/** A date between 2023-01 and 2025-12 (never in the future). */
const dateIn = (r: Rng, from = 2023, to = 2025) =>
  `${r.int(from, to)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const yaml = (record: object) => stringify(record, { lineWidth: 0 });
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

interface GenModel {
  id: string;
  maker: string;
  kind: (typeof MODEL_KINDS)[number];
  context?: number;
}

export function generateCatalogue({ models: count, seed = 1 }: GenerateOptions): CatalogueFiles {
  if (!Number.isInteger(count) || count < 2)
    throw new Error('--models must be a whole number of at least 2');
  const r = rng(seed);
  const files: CatalogueFiles = new Map();

  const benchmarkIds = BENCHMARKS.map(([name, unit, higher], i) => {
    const id = kebab(name);
    files.set(
      `benchmarks/${id}.yaml`,
      yaml({
        name,
        measures: `What ${name} measures, in one sentence.`,
        category: BENCHMARK_CATEGORIES[i % BENCHMARK_CATEGORIES.length],
        unit,
        higher_is_better: higher,
        url: `https://benchmarks.example.org/${id}`,
      }),
    );
    return id;
  });

  const makerIds: string[] = [];
  const makerCount = Math.max(2, Math.round(count / 6));
  for (let i = 0; makerIds.length < makerCount; i++) {
    const name = `${capital(r.pick(SYLLABLES))}${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${i >= 200 ? i : ''} ${r.pick(MAKER_SUFFIX)}`;
    const id = kebab(name);
    if (makerIds.includes(id)) continue;
    makerIds.push(id);
    files.set(
      `makers/${id}.yaml`,
      yaml({
        name,
        homepage: `https://${id}.example.com`,
        ...(r.chance(0.8) ? { reviewed: dateIn(r, 2025) } : {}),
      }),
    );
  }

  const models: GenModel[] = [];
  const names = new Set<string>();
  while (models.length < count) {
    const maker = r.pick(makerIds);
    const makerName = maker.split('-')[0]!;
    const name = `${capital(makerName)} ${r.pick(FAMILIES)} ${r.int(1, 5)}${r.chance(0.5) ? `.${r.int(1, 9)}` : ''} ${r.pick(SIZES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const kind = r.chance(0.78) ? 'language' : r.pick(MODEL_KINDS);
    const model = modelRecord(r, name, maker, kind, benchmarkIds);
    const id = kebab(name);
    models.push({ id, maker, kind, context: model.context_window as number | undefined });
    files.set(`models/${id}.yaml`, yaml(model));
  }

  const providers: { id: string; name: string; kind: string; served: GenModel[] }[] = [];
  for (const maker of makerIds) {
    const own = models.filter((m) => m.maker === maker);
    if (own.length > 0 && r.chance(0.7))
      providers.push({
        id: `${maker}-api`,
        name: `${capital(maker.split('-')[0]!)} API`,
        kind: 'first-party',
        served: own,
      });
  }
  const hosts = Math.max(4, Math.round(count / 20));
  for (let i = 0; i < hosts; i++) {
    const name = `${capital(r.pick(SYLLABLES))}${r.pick(SYLLABLES)} ${r.pick(['Cloud', 'Router', 'Inference', 'Compute'])} ${i + 1}`;
    const share = r.pick([0.1, 0.2, 0.3, 0.6]);
    providers.push({
      id: kebab(name),
      name,
      kind: r.pick(PROVIDER_KINDS),
      served: models.filter(() => r.chance(share)),
    });
  }
  for (const p of providers) {
    const record = {
      name: p.name,
      kind: p.kind,
      url: `https://${p.id}.example.net`,
      ...(r.chance(0.7) ? { pricing_url: `https://${p.id}.example.net/pricing` } : {}),
      reviewed: dateIn(r, 2025),
      routes: p.served.map((m) => routeRecord(r, p.id, m)),
    };
    files.set(`providers/${p.id}.yaml`, yaml(record));
  }
  return files;
}

function modelRecord(
  r: Rng,
  name: string,
  maker: string,
  kind: GenModel['kind'],
  benchmarkIds: string[],
): Record<string, unknown> {
  const m: Record<string, unknown> = { name, maker, kind };
  if (r.chance(0.85)) m.released = dateIn(r);
  if (kind === 'language' || r.chance(0.3)) if (r.chance(0.85)) m.context_window = r.pick(CONTEXTS);
  if (r.chance(0.5)) {
    const total = r.pick([1, 3, 7, 8, 14, 27, 32, 70, 119, 235, 405, 671, 1000]);
    m.parameters = r.chance(0.4)
      ? { total_billions: total, active_billions: Math.max(0.5, Math.round(total / r.int(4, 20))) }
      : { total_billions: total };
    if (r.chance(0.7))
      m.architecture = (m.parameters as { active_billions?: number }).active_billions
        ? 'moe'
        : 'dense';
  }
  const open = r.chance(0.4);
  if (r.chance(0.8))
    m.licence = open
      ? {
          name: 'Apache 2.0',
          spdx: 'Apache-2.0',
          osi_approved: true,
          url: 'https://www.apache.org/licenses/LICENSE-2.0',
        }
      : { name: 'Proprietary' };
  if (r.chance(0.85)) m.openness = open ? 'open-weights' : 'proprietary';
  if (r.chance(0.7))
    m.commercial_use = open ? 'allowed' : r.pick(['allowed', 'conditional', 'not-allowed']);
  if (r.chance(0.6))
    m.knowledge_cutoff = r.chance(0.8)
      ? `${r.int(2022, 2025)}-${pad(r.int(1, 12))}`
      : dateIn(r, 2022, 2024);
  if (r.chance(0.85)) {
    const caps: Record<string, boolean> = {};
    for (const c of CAPABILITIES) if (r.chance(0.6)) caps[c] = r.chance(0.55);
    if (Object.keys(caps).length > 0) m.capabilities = caps;
  }
  if (r.chance(0.7)) m.best_for = r.some(BEST_FOR, r.int(1, 3));
  if (r.chance(0.7)) m.decision_fit = r.some(DECISION_FITS, r.int(1, 4));
  if (kind === 'language' && r.chance(0.75)) {
    m.benchmarks = r.some(benchmarkIds, r.int(1, 6)).map((benchmark) => ({
      benchmark,
      score: Math.round(r.next() * 1000) / 10,
      source: `https://${maker}.example.com/blog/${kebab(name)}-results`,
      date: dateIn(r, 2024),
      run_by: 'maker',
    }));
  }
  m.sources = r.some(
    [
      `https://${maker}.example.com/models/${kebab(name)}`,
      `https://huggingface.co/${maker}/${kebab(name)}`,
      `https://docs.${maker}.example.com/models`,
    ],
    r.int(1, 3),
  );
  m.reviewed = dateIn(r, 2025);
  return m;
}

function routeRecord(r: Rng, provider: string, m: GenModel): Record<string, unknown> {
  const route: Record<string, unknown> = { model: m.id };
  if (r.chance(0.8)) route.api_id = `${m.maker}/${m.id}`;
  if (m.context && r.chance(0.5))
    route.context_limit = r.chance(0.6) ? m.context : Math.max(4096, Math.round(m.context / 2));
  if (r.chance(0.05)) route.deprecated = true;
  route.source = `https://${provider}.example.net/models/${m.id}`;
  if (r.chance(0.9)) {
    const input = r.pick([
      0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.8, 1, 1.25, 2, 2.5, 3, 5, 10, 15,
    ]);
    const needsOutput = m.kind === 'language';
    const seen = [...new Set(Array.from({ length: r.int(1, 3) }, () => dateIn(r, 2024)))].sort();
    route.prices = seen.map((date, i) => {
      const scale = 1 - 0.15 * (seen.length - 1 - i);
      const price: Record<string, unknown> = { seen: date, input: round(input * scale) };
      if (needsOutput || r.chance(0.4))
        price.output = round(input * scale * r.pick([2, 3, 4, 5, 8]));
      if (r.chance(0.3)) price.cached_input = round(input * scale * 0.1);
      if (needsOutput && r.chance(0.1))
        price.tiers = [
          {
            above_tokens: 200_000,
            input: round(input * scale * 2),
            output: round(input * scale * 8),
          },
        ];
      return price;
    });
  }
  return route;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
