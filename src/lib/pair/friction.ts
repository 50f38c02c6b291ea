/** Switch friction, both ways: shared provider routes, capabilities lost and gained, context change. */
import { formatList, formatTokens } from '../format/format.ts';
import { capabilityInText } from '../format/labels.ts';
import type { PairFacts } from './pair-facts.ts';
import type { Capability, Model } from '../../schemas/index.ts';

export interface FrictionDirection {
  from: string;
  to: string;
  points: string[];
}

export function deriveFriction(f: PairFacts): [FrictionDirection, FrictionDirection] {
  return [
    direction(f, f.pair.a, f.pair.b, f.onlyA, f.onlyB, f.unverifiedOnB),
    direction(f, f.pair.b, f.pair.a, f.onlyB, f.onlyA, f.unverifiedOnA),
  ];
}

const labels = (cs: Capability[]) => formatList(cs.map((c) => capabilityInText(c)));

function direction(
  f: PairFacts,
  from: Model,
  to: Model,
  lost: Capability[],
  gained: Capability[],
  unverified: Capability[],
): FrictionDirection {
  const points: string[] = [];
  if (f.sharedProviders.length > 0) {
    points.push(
      `Both are served by ${formatList(f.sharedProviders)}: on a shared route the switch can be a change of model name, with the same SDK and billing.`,
    );
  } else {
    points.push(
      `No tracked provider serves both ${from.name} and ${to.name}: plan for a new SDK or endpoint, credentials and billing.`,
    );
  }
  if (lost.length > 0)
    points.push(
      `You lose ${labels(lost)}: ${to.name} does not offer ${lost.length === 1 ? 'it' : 'them'}.`,
    );
  if (unverified.length > 0)
    points.push(
      `Check ${labels(unverified)} on ${to.name} before moving traffic: its support is not yet sourced.`,
    );
  if (gained.length > 0)
    points.push(`You gain ${labels(gained)}, which ${from.name} does not offer.`);
  if (
    from.context_window !== undefined &&
    to.context_window !== undefined &&
    from.context_window !== to.context_window
  ) {
    const verb = to.context_window < from.context_window ? 'shrinks' : 'grows';
    points.push(
      `The context window ${verb} from ${formatTokens(from.context_window)} to ${formatTokens(to.context_window)} tokens${verb === 'shrinks' ? ': trim prompts that relied on the larger window' : ''}.`,
    );
  }
  return { from: from.name, to: to.name, points };
}
