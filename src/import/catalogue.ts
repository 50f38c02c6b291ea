/**
 * The input of the importer: a catalogue in the shape of models.dev's
 * published api.json — `{ "<provider-id>": { id, name, doc, …, models: {
 * "<route-id>": { …facts, cost, limit, modalities, status?, base_model? } } } }`.
 *
 * Parsing is lenient on purpose: unknown keys are kept and ignored, and a
 * field of the wrong type is dropped (treated as "the catalogue does not
 * say") rather than failing the whole import. Only the overall shape is
 * required.
 */
import * as z from 'zod';

// zod 4 numbers are finite: Infinity and NaN are refused.
const num = z.number();
/** A field that is dropped when it has the wrong type. */
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const tierSchema = z.looseObject({
  tier: loose(z.looseObject({ type: loose(z.string()), size: loose(num) })),
  input: loose(num),
  output: loose(num),
  cache_read: loose(num),
});

const costSchema = z.looseObject({
  input: loose(num),
  output: loose(num),
  cache_read: loose(num),
  cache_write: loose(num),
  tiers: loose(z.array(tierSchema)),
});

const routeSchema = z.looseObject({
  id: loose(z.string()),
  name: loose(z.string()),
  family: loose(z.string()),
  release_date: loose(z.string()),
  last_updated: loose(z.string()),
  knowledge: loose(z.string()),
  attachment: loose(z.boolean()),
  reasoning: loose(z.boolean()),
  tool_call: loose(z.boolean()),
  structured_output: loose(z.boolean()),
  open_weights: loose(z.boolean()),
  limit: loose(z.looseObject({ context: loose(num), input: loose(num), output: loose(num) })),
  modalities: loose(
    z.looseObject({ input: loose(z.array(z.string())), output: loose(z.array(z.string())) }),
  ),
  cost: loose(costSchema),
  status: loose(z.string()),
  base_model: loose(z.string()),
  /** Not in api.json today; taken when present (a list of URLs or of `{ url }`). */
  links: loose(z.array(z.union([z.string(), z.looseObject({ url: z.string() })]))),
});

const providerSchema = z.looseObject({
  id: loose(z.string()),
  name: loose(z.string()),
  api: loose(z.string()),
  doc: loose(z.string()),
  models: z.record(z.string(), routeSchema),
});

export const catalogueSchema = z.record(z.string(), providerSchema);

export type CatalogueInput = z.infer<typeof catalogueSchema>;
export type CatalogueProvider = z.infer<typeof providerSchema>;
export type CatalogueRoute = z.infer<typeof routeSchema>;
export type CatalogueCost = z.infer<typeof costSchema>;

/** Parses catalogue JSON text; throws an Error with a readable message when the shape is wrong. */
export function parseCatalogue(jsonText: string, label = 'catalogue'): CatalogueInput {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    throw new Error(`${label} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = catalogueSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${label} is not in the models.dev api.json shape: at ${issue.path.join('.') || '(top)'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
