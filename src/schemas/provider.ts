/**
 * Schema of `data/providers/<id>.yaml`: a place to call models, with one
 * route per model it serves and the dated prices seen for that route.
 */
import * as z from 'zod';
import { httpUrl, isoDate, recordId, text, tokenCount, visibleOnly } from './common.ts';
import { priceSchema } from './price.ts';

export const PROVIDER_KINDS = ['first-party', 'cloud', 'inference-host', 'aggregator'] as const;

const routeSchema = z.strictObject({
  /** Id of the model served (a file in data/models/). */
  model: recordId('model'),
  /** The model's name in this provider's API, e.g. "mistralai/mistral-small-2603". */
  api_id: z
    .string({ error: 'must be text' })
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .regex(/^[^\s<>]+$/, 'must not contain spaces or "<" ">"')
    .superRefine(visibleOnly())
    .optional(),
  /** Context limit on this route, in tokens, where it differs from or confirms the model's. */
  context_limit: tokenCount.optional(),
  /** true when the provider has deprecated this route: kept for history, not counted as available. */
  deprecated: z.boolean({ error: 'must be true or false' }).optional(),
  /** The public page the route and its prices come from. */
  source: httpUrl,
  /** Dated prices, oldest first; the last is the current price. Empty or left out when not sourced. */
  prices: z
    .array(priceSchema, { error: 'must be a list of dated prices' })
    .max(50, 'must hold at most 50 prices')
    .refine(
      (ps) => ps.every((p, i) => i === 0 || ps[i - 1]!.seen < p.seen),
      'must be in date order, oldest first, one price per date',
    )
    .optional(),
});

export const providerSchema = z.strictObject({
  /** Display name, e.g. "OpenRouter". */
  name: text(80),
  /** first-party (a maker's own API), cloud, inference-host or aggregator. */
  kind: z.enum(PROVIDER_KINDS, { error: `must be one of: ${PROVIDER_KINDS.join(', ')}` }),
  /** The provider's home page. */
  url: httpUrl,
  /** The provider's public pricing page, where it has one. */
  pricing_url: httpUrl.optional(),
  /** Date a person last checked this record against its sources (YYYY-MM-DD). */
  reviewed: isoDate,
  /** One route per model served. */
  routes: z
    .array(routeSchema, { error: 'must be a list of routes' })
    .max(2000, 'must hold at most 2000 routes'),
});

export type ProviderRecord = z.infer<typeof providerSchema>;
export type Provider = ProviderRecord & { id: string };
export type Route = z.infer<typeof routeSchema>;
export type { Price, PriceTier, OffPeakPrice, BatchPrice, CacheWritePrice } from './price.ts';
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
