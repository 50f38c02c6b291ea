/**
 * Schema of `data/models/<id>.yaml`: one model, provider-agnostic.
 * Every fact is optional unless the page cannot exist without it: an absent
 * fact means "not sourced" and is never shown or compared as "No" or 0.
 */
import * as z from 'zod';
import {
  displayName,
  httpUrl,
  isoDate,
  isoMonth,
  noRepeats,
  recordId,
  tagList,
  text,
  tokenCount,
} from './common.ts';
import { markdownText } from './markdown.ts';

/** What a model produces; the intro names it ("speech model", not "language model"). */
export const MODEL_KINDS = [
  'language',
  'speech',
  'transcription',
  'voice',
  'embedding',
  'image',
  'video',
  'rerank',
] as const;

/** The ten capabilities of the capability table, in table order. */
export const CAPABILITIES = [
  'vision',
  'multimodal',
  'reasoning',
  'function_calling',
  'tool_use',
  'structured_outputs',
  'code_execution',
  'ide_integration',
  'computer_use',
  'parallel_agents',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Workload tags for the "decision fit" row. */
export const DECISION_FITS = [
  'rag',
  'agents',
  'long-context',
  'vision',
  'coding',
  'reasoning',
  'chat',
  'speech',
  'transcription',
  'embeddings',
  'image-generation',
  'on-device',
  'high-volume',
  'multilingual',
] as const;

const capabilitiesSchema = z.strictObject(
  Object.fromEntries(
    CAPABILITIES.map((c) => [
      c,
      z.boolean({ error: 'must be true or false (leave it out when not sourced)' }).optional(),
    ]),
  ) as Record<Capability, z.ZodOptional<z.ZodBoolean>>,
);

const parametersSchema = z
  .strictObject({
    /** Total parameters, in billions (1000 = 1T). */
    total_billions: z
      .number({ error: 'must be a number of billions' })
      .positive('must be above 0')
      .max(100_000, 'is over 100T parameters: check the unit (billions)')
      .optional(),
    /** Parameters active per token (mixture-of-experts), in billions. */
    active_billions: z
      .number({ error: 'must be a number of billions' })
      .positive('must be above 0')
      .max(100_000, 'is over 100T parameters: check the unit (billions)')
      .optional(),
  })
  .refine(
    (p) =>
      p.total_billions === undefined ||
      p.active_billions === undefined ||
      p.active_billions <= p.total_billions,
    {
      message: 'must not exceed total_billions (active parameters are a part of the total)',
      path: ['active_billions'],
    },
  );

const licenceSchema = z.strictObject({
  /** Licence name as the maker states it, e.g. "Apache 2.0" or "Proprietary". */
  name: text(80),
  /** SPDX identifier where one exists, e.g. "Apache-2.0". */
  spdx: z
    .string({ error: 'must be an SPDX id (text)' })
    .regex(/^[A-Za-z0-9.+-]+$/, 'must be an SPDX id like "Apache-2.0"')
    .optional(),
  /** true when the licence is OSI-approved open source. */
  osi_approved: z.boolean({ error: 'must be true or false' }).optional(),
  /** The licence text or terms page. */
  url: httpUrl.optional(),
});

const benchmarkScoreSchema = z.strictObject({
  /** Id of a record in data/benchmarks/. */
  benchmark: recordId('benchmark'),
  /** The score in the benchmark's unit. */
  score: z
    .number({ error: 'must be a number' })
    .min(-1_000_000, 'is out of range')
    .max(1_000_000, 'is out of range'),
  /** Public page that reports this score. */
  source: httpUrl,
  /** Date the score was published or seen (YYYY-MM-DD). */
  date: isoDate,
  /**
   * Who ran the benchmark: `maker` when the model's maker reports the score (model card,
   * announcement), otherwise the name of the independent party that ran it, e.g. "Artificial Analysis".
   */
  run_by: text(80),
});

export const modelSchema = z.strictObject({
  /** Display name, e.g. "Mistral Small 4". */
  name: displayName(80),
  /** Id of the maker (a file in data/makers/). */
  maker: recordId('maker'),
  /** What the model produces. */
  kind: z.enum(MODEL_KINDS, { error: `must be one of: ${MODEL_KINDS.join(', ')}` }),
  /** First public release (YYYY-MM-DD). */
  released: isoDate.optional(),
  /** Context window in tokens, as the maker states it. */
  context_window: tokenCount.optional(),
  /** Parameter counts, where the maker publishes them. */
  parameters: parametersSchema.optional(),
  /** dense or moe (mixture of experts). */
  architecture: z.enum(['dense', 'moe'], { error: 'must be dense or moe' }).optional(),
  /** The licence the weights or service are offered under. */
  licence: licenceSchema.optional(),
  /** open-weights when the weights can be downloaded, otherwise proprietary. */
  openness: z
    .enum(['open-weights', 'proprietary'], { error: 'must be open-weights or proprietary' })
    .optional(),
  /** Whether the licence allows commercial use. */
  commercial_use: z
    .enum(['allowed', 'conditional', 'not-allowed'], {
      error: 'must be allowed, conditional or not-allowed',
    })
    .optional(),
  /** Training-data cutoff (YYYY-MM or YYYY-MM-DD). */
  knowledge_cutoff: isoMonth.optional(),
  /** Capabilities: true, false, or left out when not sourced. */
  capabilities: capabilitiesSchema.optional(),
  /** Short editorial "best for" phrases, e.g. "tool-calling agents". */
  best_for: tagList.optional(),
  /** Workload tags for the decision-fit row. */
  decision_fit: z
    .array(z.enum(DECISION_FITS, { error: `must be one of: ${DECISION_FITS.join(', ')}` }), {
      error: 'must be a list',
    })
    .max(6, 'must hold at most 6 entries')
    .refine(noRepeats(), 'must not repeat an entry')
    .optional(),
  /** Benchmark scores, each with its own source. */
  benchmarks: z
    .array(benchmarkScoreSchema, { error: 'must be a list of scores' })
    .max(60, 'must hold at most 60 scores')
    .optional(),
  /**
   * Editorial notes in markdown (paragraphs, emphasis, lists, inline code, http(s) links), shown
   * under "Notes" on the model page. Raw HTML, other link schemes, images and headings are refused.
   */
  notes: markdownText(2000).optional(),
  /** Public pages (model card, announcement, docs) the facts above come from. */
  sources: z
    .array(httpUrl, { error: 'must be a list of URLs' })
    .min(1, 'must list at least one public source')
    .max(20, 'must list at most 20 sources')
    .refine(noRepeats(), 'must not list a source twice'),
  /** Date a person last checked this record against its sources (YYYY-MM-DD). */
  reviewed: isoDate,
});

export type ModelRecord = z.infer<typeof modelSchema>;
export type Model = ModelRecord & { id: string };
export type ModelKind = (typeof MODEL_KINDS)[number];
export type DecisionFit = (typeof DECISION_FITS)[number];
export type BenchmarkScore = z.infer<typeof benchmarkScoreSchema>;
