/**
 * Deep-dive paragraphs built from the same facts as the tables: every
 * sentence restates a sourced value or names one as not sourced.
 */
import {
  formatList,
  formatPricePerMillion,
  formatTokens,
  formatUtcWindows,
  plural,
} from '../format/format.ts';
import { capabilityInText, licencePhrase } from '../format/labels.ts';
import type { PairFacts, SideFacts } from './pair-facts.ts';
import type { Capability } from '../../schemas/index.ts';
import type { VerdictView } from '../verdict/verdict.ts';

const caps = (cs: Capability[]) => formatList(cs.map((c) => capabilityInText(c)));

export function deriveDeepDive(f: PairFacts, verdict: VerdictView): string[] {
  const a = f.pair.a.name;
  const b = f.pair.b.name;
  const paragraphs: string[] = [];

  const capability: string[] = [];
  if (f.onlyA.length || f.onlyB.length) {
    const parts = [
      f.onlyA.length ? `${a} alone offers ${caps(f.onlyA)}` : '',
      f.onlyB.length ? `${b} alone offers ${caps(f.onlyB)}` : '',
    ].filter(Boolean);
    capability.push(
      `Where both records are sourced, the capabilities split like this: ${parts.join('; ')}.`,
    );
  } else {
    capability.push('No capability is sourced as present on one model and absent on the other.');
  }
  if (f.both.length) capability.push(`Both offer ${caps(f.both)}.`);
  const gaps = [...new Set([...f.unverifiedOnA, ...f.unverifiedOnB])];
  if (gaps.length)
    capability.push(
      `Support for ${caps(gaps)} is sourced for only one of the two, so test it before relying on it.`,
    );
  paragraphs.push(capability.join(' '));

  const price = (s: SideFacts) =>
    s.cost.status === 'priced'
      ? `${s.model.name} starts at ${formatPricePerMillion(s.cost.cheapest.input)} input and ${formatPricePerMillion(s.cost.cheapest.output)} output on ${s.cost.cheapest.route.provider.name}${offPeak(s)}`
      : `${s.model.name} has no sourced token price`;
  // A time-of-day route's standard prices are its peak prices: say what its off-peak hours cost.
  const offPeak = (s: SideFacts) => {
    const o = s.cost.status === 'priced' ? s.cost.cheapest.route.price?.off_peak : undefined;
    return o?.output === undefined
      ? ''
      : ` at peak hours (${formatPricePerMillion(o.input)} and ${formatPricePerMillion(o.output)} off-peak, ${formatUtcWindows(o.windows_utc, o.weekends)})`;
  };
  paragraphs.push(
    `On price, ${price(f.a)}, while ${price(f.b)}. ${a} is tracked on ${plural(f.a.routes.length, 'provider route')} and ${b} on ${plural(f.b.routes.length, 'provider route')}.`,
  );

  const specs: string[] = [];
  const ca = f.pair.a.context_window;
  const cb = f.pair.b.context_window;
  if (ca !== undefined && cb !== undefined)
    specs.push(
      ca === cb
        ? `Both accept ${formatTokens(ca)} tokens of context.`
        : `${a} accepts ${formatTokens(ca)} tokens of context and ${b} ${formatTokens(cb)}.`,
    );
  for (const m of [f.pair.a, f.pair.b]) {
    if (m.licence)
      specs.push(
        `${m.name} is offered ${licencePhrase(m.licence)}${m.openness === 'open-weights' ? ' with downloadable weights' : ''}.`,
      );
  }
  if (specs.length) paragraphs.push(specs.join(' '));

  const lead = (name: string, reasons: string[]) =>
    reasons.length ? `Pick ${name} for ${formatList(reasons)}.` : '';
  const closing = [lead(a, verdict.reasonsA), lead(b, verdict.reasonsB)].filter(Boolean).join(' ');
  paragraphs.push(
    `${closing}${closing ? ' ' : ''}Whichever you lean towards, try your own prompts on the provider route you plan to ship.`,
  );
  return paragraphs;
}
