/**
 * The sharing card is composed from a frame drawn once and one column drawn
 * per model: the composition must look exactly like the card drawn in one
 * piece, and each half must depend on its own model only.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OgCard, OgCardSide } from '../../src/lib/outputs/og-card.ts';
import { cardTree, COLUMN, OG_HEIGHT, OG_WIDTH } from '../../src/og/card-layout.ts';
import { drawCard, rasterise } from '../../src/og/draw-card.ts';

const side = (name: string, input: string, maker = 'Acme AI'): OgCardSide => ({
  name,
  maker,
  kind: 'language model',
  figures: [
    { label: 'Context', value: '128K tokens' },
    { label: 'Input / 1M', value: input },
    { label: 'Output / 1M', value: 'Not sourced' },
  ],
});

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, info };
}

/** The largest difference of any channel of any pixel, and how many bytes differ. */
function difference(x: Buffer, y: Buffer) {
  let max = 0;
  let count = 0;
  for (let i = 0; i < x.length; i++) {
    const d = Math.abs(x[i]! - y[i]!);
    if (d > 0) count++;
    if (d > max) max = d;
  }
  return { max, count };
}

/** The bytes of one column's place on the card (RGB rows). */
function columnBytes(rgb: Buffer, left: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = COLUMN.top; y < COLUMN.top + COLUMN.height; y++)
    rows.push(rgb.subarray((y * OG_WIDTH + left) * 3, (y * OG_WIDTH + left + COLUMN.width) * 3));
  return Buffer.concat(rows);
}

describe('sharing card drawing', () => {
  const cards: OgCard[] = [
    { a: side('Mistral Small 4', '$0.15'), b: side('Xiaomi MiMo-V2-Pro', '$1.00', 'Xiaomi') },
    // A long name takes the smaller type and may wrap; an unknown price reads "Not sourced".
    {
      a: side('A Model With A Rather Long Marketing Name 2.5', 'Not sourced'),
      b: side('Tiny', '$0.02'),
    },
  ];

  it.each(cards.map((c) => [`${c.a.name} vs ${c.b.name}`, c] as const))(
    'composes %s exactly as the card drawn in one piece',
    async (_, card) => {
      const composed = await pixels(await drawCard(card));
      expect(composed.info).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT, channels: 3 });
      const whole = await rasterise(cardTree(card), OG_WIDTH, OG_HEIGHT);
      expect(difference(composed.data, whole)).toEqual({ max: 0, count: 0 });
    },
  );

  it('draws each half from its own model: the same model looks the same on either side of any pair', async () => {
    const x = side('Model X', '$0.15');
    const y = side('Model Y', '$2.00');
    const z = side('Model Z', '$9.00');
    const xy = (await pixels(await drawCard({ a: x, b: y }))).data;
    const xz = (await pixels(await drawCard({ a: x, b: z }))).data;
    const zx = (await pixels(await drawCard({ a: z, b: x }))).data;
    expect(columnBytes(xy, COLUMN.leftA).equals(columnBytes(xz, COLUMN.leftA))).toBe(true);
    expect(columnBytes(xy, COLUMN.leftA).equals(columnBytes(zx, COLUMN.leftB))).toBe(true);
    expect(columnBytes(xz, COLUMN.leftB).equals(columnBytes(zx, COLUMN.leftA))).toBe(true);
    expect(columnBytes(xy, COLUMN.leftB).equals(columnBytes(xz, COLUMN.leftB))).toBe(false);
  });

  it('changes the picture when a figure changes, and gives the same bytes for the same card', async () => {
    const card = { a: side('Model X', '$0.15'), b: side('Model Y', '$2.00') };
    const once = await drawCard(card);
    expect((await drawCard(card)).equals(once)).toBe(true);
    const cheaper = await drawCard({ ...card, b: side('Model Y', '$1.99') });
    expect(
      difference((await pixels(cheaper)).data, (await pixels(once)).data).count,
    ).toBeGreaterThan(0);
  });
});
