/** Title, meta description and intro paragraph of a pair page. */
import type { Model } from '../../schemas/index.ts';
import { formatTokens, yearOf } from '../format/format.ts';
import { KIND_NOUNS } from '../format/labels.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';

export interface IntroView {
  /** The h1: "Mistral Small 4 vs Xiaomi MiMo-V2-Pro". */
  heading: string;
  /** The document title. */
  title: string;
  /** The meta description, at most 160 characters. */
  description: string;
  /** The intro paragraph. */
  intro: string;
}

export function deriveIntro(f: PairFacts): IntroView {
  const { a, b } = f.pair;
  const heading = `${a.name} vs ${b.name}`;
  const context = (m: Model) =>
    m.context_window !== undefined ? formatTokens(m.context_window) : 'not sourced';
  const description = clip(
    `${a.name} vs ${b.name} compared: context window (${context(a)} vs ${context(b)}), cheapest provider price, monthly cost, capabilities and benchmarks, from sourced data.`,
    160,
  );
  const sameKind = a.kind === b.kind;
  const scope =
    sameKind && a.kind === 'language'
      ? 'specs, token prices, provider routes, capabilities, benchmarks and the cost of running each at a stated monthly traffic'
      : 'specs, prices, provider routes and capabilities';
  const intro = `${describeSide(f.a)} ${describeSide(f.b)} This page sets out ${scope}, and marks every fact that is not yet sourced${sameKind ? '' : `; as one is a ${KIND_NOUNS[a.kind]} and the other a ${KIND_NOUNS[b.kind]}, they serve different jobs`}.`;
  return {
    heading,
    title: `${heading}: specs, pricing and capabilities compared | llm-compare`,
    description,
    intro,
  };
}

function describeSide(s: SideFacts): string {
  const m = s.model;
  const origin = m.released ? `${s.makerName}, ${yearOf(m.released)}` : s.makerName;
  const noun = KIND_NOUNS[m.kind];
  const article = /^[aeiou]/i.test(noun) ? 'an' : 'a';
  const context =
    m.context_window !== undefined
      ? `with a ${formatTokens(m.context_window)}-token context window`
      : 'whose context window is not yet sourced';
  return `${m.name} (${origin}) is ${article} ${noun} ${context}.`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
