/**
 * The FAQ: at most six questions. "Which has the larger context window" only
 * when both are known; then licence; then one question per capability that at
 * least one model has (in FAQ_CAPABILITY_ORDER); "where can I run them" last.
 */
import { formatList, formatTokens } from '../format/format.ts';
import { capabilityInText, FAQ_CAPABILITY_ORDER, licencePhrase } from '../format/labels.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';
import type { Capability } from '../../schemas/index.ts';

export interface FaqItem {
  question: string;
  answer: string;
}

export const MAX_FAQ = 6;

export function deriveFaq(f: PairFacts): FaqItem[] {
  const a = f.pair.a;
  const b = f.pair.b;
  const items: FaqItem[] = [];
  if (a.context_window !== undefined && b.context_window !== undefined) {
    const [big, small] = a.context_window >= b.context_window ? [a, b] : [b, a];
    items.push({
      question: `Which has a larger context window, ${a.name} or ${b.name}?`,
      answer:
        a.context_window === b.context_window
          ? `Neither: both take ${formatTokens(a.context_window)} tokens. Context size will not decide between them.`
          : `${big.name} takes ${formatTokens(big.context_window!)} tokens against ${formatTokens(small.context_window!)} for ${small.name}. The gap matters for long documents, large codebases and agents that must keep earlier turns in view.`,
    });
  }
  const licence = (s: SideFacts) =>
    s.model.licence
      ? `${s.model.name} is offered ${licencePhrase(s.model.licence)}${s.model.licence.osi_approved ? ', an OSI-approved open-source licence' : ''}.`
      : `${s.model.name}'s licence is not yet sourced.`;
  const la = a.licence;
  const lb = b.licence;
  const sameLicence = la && lb && la.name === lb.name && la.osi_approved === lb.osi_approved;
  const licences = sameLicence
    ? `Both are offered ${licencePhrase(la)}${la.osi_approved ? ', an OSI-approved open-source licence' : ''}.`
    : `${licence(f.a)} ${licence(f.b)}`;
  items.push({
    question: `Is ${a.name} or ${b.name} open source?`,
    answer: `${licences} The licence decides whether you can self-host, fine-tune or redistribute the weights, so read the maker's terms before you deploy.`,
  });
  const room = MAX_FAQ - items.length - 1;
  const asked = FAQ_CAPABILITY_ORDER.filter(
    (c) => f.a.has.includes(c) || f.b.has.includes(c),
  ).slice(0, Math.max(0, room));
  for (const c of asked) items.push(capabilityQuestion(f, c));
  items.push({
    question: `Where can I run ${a.name} and ${b.name}?`,
    answer: `${where(f.a)} ${where(f.b)} The provider you choose affects latency, regions, compliance and your fallback options.`,
  });
  return items;
}

function capabilityQuestion(f: PairFacts, c: Capability): FaqItem {
  const label = capabilityInText(c);
  const [a, b] = [f.pair.a, f.pair.b];
  const question = `Which is better for ${label}, ${a.name} or ${b.name}?`;
  const hasA = a.capabilities?.[c];
  const hasB = b.capabilities?.[c];
  if (hasA && hasB)
    return {
      question,
      answer: `Both ${a.name} and ${b.name} support ${label}. Choose on benchmark fit, context, price and whether your provider route exposes it.`,
    };
  const [yes, no, state] = hasA ? [a, b, hasB] : [b, a, hasA];
  const other =
    state === false
      ? `${no.name} does not.`
      : `for ${no.name}, ${label} support is not yet sourced.`;
  return {
    question,
    answer: `${yes.name} supports ${label}; ${other} Check that your provider's endpoint exposes it.`,
  };
}

/** Providers named in the answer at most; beyond that it counts them (the cost table lists each). */
export const WHERE_NAMED = 4;

function where(s: SideFacts): string {
  if (s.routes.length === 0) return `No provider route is tracked for ${s.model.name} yet.`;
  if (s.routes.length > WHERE_NAMED)
    return `${s.model.name} is available on ${s.routes.length} tracked provider routes: the cheapest are in the cost table above, every one on its model page.`;
  return `${s.model.name} is available on ${formatList(s.routes.map((r) => r.provider.name))}.`;
}
