/**
 * What a pair's 1200×630 sharing image shows: both models and their key
 * figures. The card is plain data; its hash names the cached PNG, so an
 * image is redrawn only when what it shows (or the drawing) changes.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Model } from '../../schemas/index.ts';
import { estimateCost } from '../cost/cost.ts';
import { formatTokens, formatUsd, NOT_SOURCED } from '../format/format.ts';
import { KIND_NOUNS } from '../format/labels.ts';
import { makerName, routeIndex } from '../cost/model-routes.ts';
import type { Pair } from '../routing/pairs.ts';

export interface OgCardSide {
  name: string;
  maker: string;
  kind: string;
  figures: { label: string; value: string }[];
}

export interface OgCard {
  a: OgCardSide;
  b: OgCardSide;
}

const sides = new WeakMap<Catalogue, Map<string, OgCardSide>>();

function side(catalogue: Catalogue, m: Model): OgCardSide {
  let map = sides.get(catalogue);
  if (!map) sides.set(catalogue, (map = new Map()));
  let s = map.get(m.id);
  if (!s) {
    const cost = estimateCost(m, routeIndex(catalogue).active(m.id));
    const price = cost.status === 'priced' ? cost.cheapest : undefined;
    s = {
      name: m.name,
      maker: makerName(catalogue, m),
      kind: KIND_NOUNS[m.kind],
      figures: [
        {
          label: 'Context',
          value:
            m.context_window !== undefined
              ? `${formatTokens(m.context_window)} tokens`
              : NOT_SOURCED,
        },
        { label: 'Input / 1M', value: price ? formatUsd(price.input) : NOT_SOURCED },
        { label: 'Output / 1M', value: price ? formatUsd(price.output) : NOT_SOURCED },
      ],
    };
    map.set(m.id, s);
  }
  return s;
}

export function deriveOgCard(catalogue: Catalogue, pair: Pair): OgCard {
  return { a: side(catalogue, pair.a), b: side(catalogue, pair.b) };
}

/** A content hash of the card and the drawing's version: the cache key of its PNG. */
export function ogCardHash(card: OgCard, drawingVersion: string): string {
  return createHash('sha256')
    .update(drawingVersion)
    .update('\0')
    .update(JSON.stringify(card))
    .digest('hex')
    .slice(0, 32);
}
