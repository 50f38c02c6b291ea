/**
 * Draws a pair's sharing card as a 1200×630 PNG. satori lays out SVG (text as
 * paths, in the fonts its characters need: src/og/fonts.ts) and resvg rasterises it, but only once
 * for the frame and once per model column (card-layout.ts): a pair's card is
 * the frame with its two columns copied into place, encoded by sharp: far
 * cheaper than a whole drawing per card (figures in docs/performance.md).
 * A change here is a change of src/og/drawing-version.ts too.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import pLimit from 'p-limit';
import sharp from 'sharp';
import type { OgCard, OgCardSide } from '../lib/outputs/og-card.ts';
import { COLUMN, frameTree, type Node, OG_HEIGHT, OG_WIDTH, sideTree } from './card-layout.ts';
import { fontsFor } from './fonts.ts';

export { OG_HEIGHT, OG_WIDTH } from './card-layout.ts';

/** Channels of the raster: the card is opaque, so RGB. */
const CHANNELS = 3;

// Inputs are raw buffers made here, never files: sharp's cache would only hold memory.
sharp.cache(false);
// Each card is one small pipeline; several run at once (below), each on one libvips thread.
sharp.concurrency(1);

/** Every text in a layout tree: the fonts are chosen by the characters they hold. */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const child of node) textsOf(child, out);
  else if (node && typeof node === 'object' && 'props' in node)
    textsOf((node as Node).props.children, out);
  return out;
}

/** A tree drawn at width × height as RGB bytes, row by row. */
export async function rasterise(tree: Node, width: number, height: number): Promise<Buffer> {
  const svg = await satori(tree as never, { width, height, fonts: fontsFor(textsOf(tree)) });
  const rgba = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
  }).render().pixels;
  const rgb = Buffer.allocUnsafe(width * height * CHANNELS);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}

let frame: Promise<Buffer> | undefined;
/** Each model's column, deflated (about 20 KB a model instead of 700 KB raw). */
const columns = new Map<string, Promise<Buffer>>();

function column(side: OgCardSide): Promise<Buffer> {
  const key = JSON.stringify(side);
  let drawn = columns.get(key);
  if (!drawn) {
    drawn = rasterise(sideTree(side), COLUMN.width, COLUMN.height).then((rgb) =>
      deflateSync(rgb, { level: 1 }),
    );
    columns.set(key, drawn);
  }
  return drawn;
}

function place(card: Buffer, deflated: Buffer, left: number): void {
  const rgb = inflateSync(deflated);
  const row = COLUMN.width * CHANNELS;
  for (let y = 0; y < COLUMN.height; y++)
    rgb.copy(card, ((COLUMN.top + y) * OG_WIDTH + left) * CHANNELS, y * row, (y + 1) * row);
}

/**
 * Cards composed at once. Astro asks for 32 pages at a time; four cards in
 * flight keep sharp's threads busy without holding 32 sets of pixels (about
 * 4 MB each) in memory.
 */
const composing = pLimit(4);

/** The card as PNG bytes. */
export function drawCard(card: OgCard): Promise<Buffer> {
  return composing(() => compose(card));
}

async function compose(card: OgCard): Promise<Buffer> {
  frame ??= rasterise(frameTree(), OG_WIDTH, OG_HEIGHT);
  const [background, a, b] = await Promise.all([frame, column(card.a), column(card.b)]);
  const pixels = Buffer.from(background);
  place(pixels, a, COLUMN.leftA);
  place(pixels, b, COLUMN.leftB);
  return sharp(pixels, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: CHANNELS } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}
