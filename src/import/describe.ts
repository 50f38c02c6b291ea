/** One line per planned change, for the dry run and the import log. */
import type { Price } from '../schemas/index.ts';
import { fileOf } from './apply.ts';
import type { Change } from './change.ts';

export function formatPrice(p: Omit<Price, 'seen'> & { seen?: string }): string {
  const parts = [`in ${p.input}`];
  if (p.output !== undefined) parts.push(`out ${p.output}`);
  if (p.cached_input !== undefined) parts.push(`cached ${p.cached_input}`);
  if (p.tiers?.length)
    parts.push(
      `${p.tiers.length} tier${p.tiers.length === 1 ? '' : 's'} (${p.tiers.map((t) => `>${t.above_tokens}: in ${t.input} out ${t.output}`).join('; ')})`,
    );
  return `${p.seen ? `${p.seen}: ` : ''}${parts.join(', ')} USD/1M`;
}

export function describeChange(c: Change): string {
  const file = fileOf(c);
  switch (c.type) {
    case 'create-provider':
      return `create ${file} (${c.record.name}, ${c.record.kind}) for catalogue provider ${c.from}`;
    case 'create-model': {
      const filled = Object.keys(c.record).filter(
        (k) => !['name', 'maker', 'kind', 'sources', 'reviewed'].includes(k),
      );
      return `create ${file} (${c.record.name}, ${c.record.kind}, maker ${c.record.maker}; ${filled.length ? filled.join(', ') : 'no further facts'}) from ${c.from}`;
    }
    case 'add-route': {
      const price = c.route.prices?.at(-1);
      return `add route to ${file}: ${c.route.model}${c.route.api_id ? ` (api_id ${c.route.api_id})` : ''}${c.route.deprecated ? ' [deprecated]' : ''}, ${price ? `price ${formatPrice(price)}` : 'no price'} from ${c.from}`;
    }
    case 'add-price':
      return `add price to ${file} route ${c.model}${c.apiId ? ` (${c.apiId})` : ''}: ${formatPrice(c.price)}${c.previous ? `; keeps ${formatPrice(c.previous)}` : ' (first price)'} from ${c.from}`;
    case 'set-route-field':
      return `set ${file} route ${c.model} ${c.field}: ${JSON.stringify(c.value)} from ${c.from}`;
    case 'fill-model-field':
      return `fill ${file} ${c.path.join('.')}: ${JSON.stringify(c.value)} from ${c.from}`;
  }
}
