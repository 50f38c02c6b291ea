/**
 * How one catalogue route's facts become our fields. Every value is checked
 * against our own schema pieces; a value that would not validate is left out
 * (the catalogue "does not say"), never guessed.
 */
import type { Capability, ModelKind, Price, PriceTier } from '../schemas/index.ts';
import { httpUrl, isoDate, isoMonth, text, tokenCount, usdPerMillion } from '../schemas/common.ts';
import type { CatalogueCost, CatalogueRoute } from './catalogue.ts';

const ok = <T>(schema: { safeParse(v: unknown): { success: boolean } }, v: T | undefined): v is T =>
  v !== undefined && schema.safeParse(v).success;

/** USD per 1M tokens, with float noise (0.30000000000000004) removed. */
const usd = (v: number | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const r = Number(v.toFixed(8));
  return ok(usdPerMillion, r) ? r : undefined;
};

/**
 * The model kind. Embedding and rerank models are text → text in the
 * catalogue's modalities, so they are told by their id or family name;
 * a realtime or voice id, or audio in and out without image or video input
 * (an omni model takes those), → voice; otherwise text output → language; else image, video or
 * audio output → image, video or speech; audio-only input with text output →
 * transcription.
 */
export function kindOf(route: CatalogueRoute): ModelKind {
  const name = `${route.id ?? ''} ${route.family ?? ''}`.toLowerCase();
  if (/embed/.test(name)) return 'embedding';
  if (/rerank/.test(name)) return 'rerank';
  const input = route.modalities?.input ?? [];
  const output = route.modalities?.output ?? [];
  const speechToSpeech =
    input.includes('audio') &&
    output.includes('audio') &&
    !input.includes('image') &&
    !input.includes('video');
  if (/realtime|voice/.test(name) || speechToSpeech) return 'voice';
  if (output.includes('text')) {
    if (input.includes('audio') && !input.includes('text')) return 'transcription';
    return 'language';
  }
  if (output.includes('image')) return 'image';
  if (output.includes('video')) return 'video';
  if (output.includes('audio')) return 'speech';
  return 'language';
}

/**
 * Capabilities the catalogue states. A capability is set to false only where
 * the catalogue says so; where it is silent or ambiguous it is left out.
 * - vision: true when image is an input modality; false when the inputs are
 *   listed without image AND `attachment` is false.
 * - multimodal: true when any input modality is not text; false only when
 *   input and output are both exactly text.
 * - reasoning ← reasoning; function_calling ← tool_call;
 *   structured_outputs ← structured_output (each as given, when given).
 */
export function capabilitiesOf(route: CatalogueRoute): Partial<Record<Capability, boolean>> {
  const caps: Partial<Record<Capability, boolean>> = {};
  const input = route.modalities?.input;
  const output = route.modalities?.output;
  if (input) {
    if (input.includes('image')) caps.vision = true;
    else if (route.attachment === false) caps.vision = false;
    if (input.some((m) => m !== 'text')) caps.multimodal = true;
    else if (output && input.length > 0 && output.length > 0 && output.every((m) => m === 'text'))
      caps.multimodal = false;
  }
  if (route.reasoning !== undefined) caps.reasoning = route.reasoning;
  if (route.tool_call !== undefined) caps.function_calling = route.tool_call;
  if (route.structured_output !== undefined) caps.structured_outputs = route.structured_output;
  return caps;
}

/** Model facts in our field names (only the ones the catalogue gives validly). */
export interface ModelFacts {
  name?: string;
  released?: string;
  context_window?: number;
  knowledge_cutoff?: string;
  capabilities: Partial<Record<Capability, boolean>>;
}

export function modelFactsOf(route: CatalogueRoute): ModelFacts {
  const facts: ModelFacts = { capabilities: capabilitiesOf(route) };
  const name = route.name?.trim();
  if (ok(text(80), name)) facts.name = name;
  if (ok(isoDate, route.release_date)) facts.released = route.release_date;
  if (ok(tokenCount, route.limit?.context)) facts.context_window = route.limit!.context;
  if (ok(isoMonth, route.knowledge)) facts.knowledge_cutoff = route.knowledge;
  return facts;
}

/** The route's context limit, when valid. */
export function contextLimitOf(route: CatalogueRoute): number | undefined {
  return ok(tokenCount, route.limit?.context) ? route.limit!.context : undefined;
}

/** Public pages the catalogue links for a route (`links`, when present), valid URLs only. */
export function linksOf(route: CatalogueRoute): string[] {
  const urls = (route.links ?? []).map((l) => (typeof l === 'string' ? l : l.url));
  return [...new Set(urls.filter((u) => ok(httpUrl, u)))];
}

/** A price without its date, as compared between runs. */
export type PriceFigures = Omit<Price, 'seen'>;

/**
 * Whether a catalogue's cache price is one to keep. A cache price of 0 next
 * to a paid input price means "no cache price" in the catalogue (free cached
 * input is not a real offer), and one above the input price is an error
 * (cached input is billed at a discount; the loader refuses it): both are
 * left out, as not sourced.
 */
function plausibleCache(cached: number | undefined, input: number): cached is number {
  return cached !== undefined && !(cached === 0 && input > 0) && cached <= input;
}

/**
 * Our price from a catalogue cost: input, output, cached_input ← cache_read
 * (left out when it is 0 and input is not, or above input), and tiers ← cost.tiers (context tiers only: `tier.type` absent or
 * "context", each needing input and output). Output is left out for
 * embedding and rerank models when the catalogue gives 0. Undefined when
 * the catalogue has no usable input price.
 */
export function priceOf(
  cost: CatalogueCost | undefined,
  kind: ModelKind,
): PriceFigures | undefined {
  if (!cost) return undefined;
  const input = usd(cost.input);
  if (input === undefined) return undefined;
  const price: PriceFigures = { input };
  const output = usd(cost.output);
  if (output !== undefined && !((kind === 'embedding' || kind === 'rerank') && output === 0))
    price.output = output;
  const cached = usd(cost.cache_read);
  if (plausibleCache(cached, input)) price.cached_input = cached;
  const tiers: PriceTier[] = [];
  for (const t of cost.tiers ?? []) {
    if (t.tier?.type !== undefined && t.tier.type !== 'context') continue;
    const above = t.tier?.size;
    const tin = usd(t.input);
    const tout = usd(t.output);
    if (!ok(tokenCount, above) || tin === undefined || tout === undefined) continue;
    const tier: PriceTier = { above_tokens: above, input: tin, output: tout };
    const tc = usd(t.cache_read);
    if (plausibleCache(tc, tin)) tier.cached_input = tc;
    tiers.push(tier);
  }
  tiers.sort((a, b) => a.above_tokens - b.above_tokens);
  const distinct = tiers.filter((t, i) => i === 0 || tiers[i - 1]!.above_tokens !== t.above_tokens);
  if (distinct.length > 0) price.tiers = distinct.slice(0, 5);
  return price;
}

/**
 * Whether `next` (from the catalogue) says anything different from
 * `current` (our current price). Only the figures the catalogue gives are
 * compared: a figure it leaves out (say, no cache price) is not a change.
 * On a route with off-peak prices, the catalogue's figures may equal either
 * the standard (peak) or the off-peak ones.
 */
export function samePrice(current: PriceFigures | undefined, next: PriceFigures): boolean {
  if (!current) return false;
  // A catalogue without time-of-day prices gives either rate of a route that bills by time of day.
  const o = current.off_peak;
  if (
    o &&
    next.input === o.input &&
    (next.output === undefined || next.output === o.output) &&
    (next.cached_input === undefined || next.cached_input === o.cached_input) &&
    !next.tiers?.length
  )
    return true;
  if (current.input !== next.input) return false;
  if (next.output !== undefined && current.output !== next.output) return false;
  if (next.cached_input !== undefined && current.cached_input !== next.cached_input) return false;
  if (next.tiers !== undefined) {
    const a = current.tiers ?? [];
    if (a.length !== next.tiers.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = next.tiers[i]!;
      if (x.above_tokens !== y.above_tokens || x.input !== y.input || x.output !== y.output)
        return false;
      if (y.cached_input !== undefined && x.cached_input !== y.cached_input) return false;
    }
  }
  return true;
}
