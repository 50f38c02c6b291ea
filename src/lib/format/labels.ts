/** Human labels for the enumerations of the schema. */
import type { Capability, DecisionFit, ModelKind } from '../../schemas/index.ts';

export const CAPABILITY_LABELS: Record<Capability, string> = {
  vision: 'Vision',
  multimodal: 'Multimodal input',
  reasoning: 'Reasoning',
  function_calling: 'Function calling',
  tool_use: 'Tool use',
  structured_outputs: 'Structured outputs',
  code_execution: 'Code execution',
  ide_integration: 'IDE integration',
  computer_use: 'Computer use',
  parallel_agents: 'Parallel agents',
};

/** What each capability means, shown under its label (README's "What each capability means"). */
export const CAPABILITY_HINTS: Record<Capability, string> = {
  vision: 'takes images as input',
  multimodal: 'takes input besides text: images, audio, video or PDF',
  reasoning: 'thinks before it answers',
  function_calling: 'calls functions you define and run',
  tool_use: "built-in tools the maker's API runs, such as web search",
  structured_outputs: 'answers in a JSON schema you give',
  code_execution: "runs its code in the maker's hosted sandbox",
  ide_integration: "in the maker's own IDE or coding agent",
  computer_use: 'operates a desktop or browser from screenshots',
  parallel_agents: 'several agents of it work on one task in parallel',
};

/** A capability's label inside a sentence: "vision", "function calling", but "IDE integration". */
export function capabilityInText(c: Capability): string {
  return CAPABILITY_LABELS[c].replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
}

/** The order of capability questions in the FAQ. */
export const FAQ_CAPABILITY_ORDER: readonly Capability[] = [
  'vision',
  'multimodal',
  'function_calling',
  'tool_use',
  'reasoning',
  'structured_outputs',
  'code_execution',
  'computer_use',
  'ide_integration',
  'parallel_agents',
];

/** "a speech model", used in the intro. */
export const KIND_NOUNS: Record<ModelKind, string> = {
  language: 'language model',
  speech: 'speech (text-to-speech) model',
  transcription: 'speech-to-text model',
  voice: 'speech-to-speech (voice conversation) model',
  embedding: 'embedding model',
  image: 'image generation model',
  video: 'video generation model',
  rerank: 'reranking model',
};

export const DECISION_FIT_LABELS: Record<DecisionFit, string> = {
  rag: 'RAG',
  agents: 'Agents',
  'long-context': 'Long context',
  vision: 'Vision',
  coding: 'Coding',
  reasoning: 'Reasoning',
  chat: 'Chat',
  speech: 'Speech',
  transcription: 'Transcription',
  embeddings: 'Embeddings',
  'image-generation': 'Image generation',
  'on-device': 'On-device',
  'high-volume': 'High volume',
  multilingual: 'Multilingual',
};

export const OPENNESS_LABELS = {
  'open-weights': 'Open weights',
  proprietary: 'Proprietary',
} as const;

export const COMMERCIAL_USE_LABELS = {
  allowed: 'Commercial use allowed',
  conditional: 'Commercial use with conditions',
  'not-allowed': 'No commercial use',
} as const;

export const PROVIDER_KIND_LABELS = {
  'first-party': "Maker's own API",
  cloud: 'Cloud platform',
  'inference-host': 'Inference host',
  aggregator: 'Aggregator',
} as const;

/** Input-only kinds: they bill input tokens and produce no output tokens. */
export const INPUT_ONLY_KINDS: ReadonlySet<ModelKind> = new Set(['embedding', 'rerank']);

/** "under Apache 2.0" or "under proprietary terms", for prose. */
export function licencePhrase(licence: { name: string }): string {
  return /^proprietary$/i.test(licence.name.trim())
    ? 'under proprietary terms'
    : `under ${licence.name}`;
}
