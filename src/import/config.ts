/**
 * The importer's mapping config: which catalogue providers and models to take
 * and which of our ids they become. It is a small YAML file so that every
 * mapping is explicit and reviewable in a diff; the rules are documented in
 * the header of scripts/import-config.yaml.
 */
import { parse } from 'yaml';
import * as z from 'zod';
import { PROVIDER_KINDS } from '../schemas/provider.ts';
import { MODEL_KINDS } from '../schemas/model.ts';
import { httpUrl, recordId, text } from '../schemas/common.ts';

const providerEntry = z.strictObject({
  /** Our provider id: the file data/providers/<id>.yaml. */
  provider: recordId('provider'),
  /**
   * The page a new route cites. `{route}` is replaced by the catalogue route
   * id. Default: our provider record's pricing_url, else its url.
   */
  route_source: z.string().min(1).optional(),
  /**
   * Import a price whose input and output are both 0. Off by default: in the
   * catalogue 0/0 mostly means a free trial, a subscription plan or an
   * unknown price, not a published per-token price of zero.
   */
  zero_prices: z.boolean().default(false),
  /**
   * false to never import prices from this provider (routes and their other
   * fields still are), e.g. for free trial endpoints with no published price.
   */
  prices: z.boolean().default(true),
  /** When set and our provider record does not exist yet, it is created from these fields. */
  new: z
    .strictObject({
      name: text(80),
      kind: z.enum(PROVIDER_KINDS),
      url: httpUrl,
      pricing_url: httpUrl.optional(),
    })
    .optional(),
});

const modelEntry = z.union([
  recordId('model'),
  z.strictObject({
    /** Our model id: the file data/models/<id>.yaml. */
    model: recordId('model'),
    /** Our maker id, when it is not the one `makers` gives for the key's lab. */
    maker: recordId('maker').optional(),
    /** The model kind, when the modalities do not tell it (e.g. embeddings are text → text). */
    kind: z.enum(MODEL_KINDS).optional(),
    /** Public pages to cite for a new model, instead of the default. */
    sources: z.array(httpUrl).min(1).max(20).optional(),
  }),
]);

export const importConfigSchema = z.strictObject({
  /** Catalogue provider id → how it maps to ours. Providers not listed are never imported. */
  providers: z.record(z.string().min(1), providerEntry).default({}),
  /** Catalogue lab (first segment of a model key, "<lab>/<model>") → our maker id. */
  makers: z.record(z.string().min(1), recordId('maker')).default({}),
  /** Catalogue model key ("<lab>/<model>" or "<provider>/<route-id>") → our model id. */
  models: z
    .record(
      z
        .string()
        .regex(
          /^[^/\s]+\/\S+$/,
          'model keys are written "<lab>/<model>" or "<provider>/<route-id>"',
        ),
      modelEntry,
    )
    .default({}),
});

export type ImportConfigInput = z.input<typeof importConfigSchema>;

export interface ModelMapping {
  key: string;
  model: string;
  maker?: string;
  kind?: (typeof MODEL_KINDS)[number];
  sources?: string[];
}

export interface ImportConfig {
  providers: Map<string, z.infer<typeof providerEntry>>;
  makers: Map<string, string>;
  models: Map<string, ModelMapping>;
}

/** Normalises a parsed config object; throws an Error naming the first wrong field. */
export function toImportConfig(raw: unknown, label = 'import config'): ImportConfig {
  const parsed = importConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // A bad record key carries the key schema's own message one level down.
    const message =
      issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    throw new Error(`${label}: ${issue.path.join('.') || '(top)'}: ${message}`);
  }
  const models = new Map<string, ModelMapping>();
  for (const [key, entry] of Object.entries(parsed.data.models)) {
    models.set(key, typeof entry === 'string' ? { key, model: entry } : { key, ...entry });
  }
  return {
    providers: new Map(Object.entries(parsed.data.providers)),
    makers: new Map(Object.entries(parsed.data.makers)),
    models,
  };
}

/** Parses the YAML text of a config file. */
export function parseImportConfig(yamlText: string, label = 'import config'): ImportConfig {
  let raw: unknown;
  try {
    raw = parse(yamlText, { schema: 'core' });
  } catch (e) {
    throw new Error(`${label} is not valid YAML: ${(e as Error).message}`);
  }
  return toImportConfig(raw, label);
}
