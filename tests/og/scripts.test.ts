/**
 * Sharing images draw every script a name may be written in (src/og/fonts.ts):
 * each character of a sample name per script, at the weights of the card
 * (700 for the model's name, 400 for the maker's), is drawn as a glyph, not
 * as the missing-glyph box a character no font holds is drawn as; and a
 * character of a script no font covers is refused by the schema.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawCard, rasterise } from '../../src/og/draw-card.ts';
import { fontsFor, subsetFor, undrawableCharacter } from '../../src/og/fonts.ts';
import { cardTree, type Node, OG_HEIGHT, OG_WIDTH } from '../../src/og/card-layout.ts';
import { makerSchema } from '../../src/schemas/maker.ts';

const SAMPLES: Record<string, string> = {
  Latin: 'Mistral Łódź Ørsted',
  Vietnamese: 'Tiếng Việt',
  Greek: 'Ελληνικά',
  Cyrillic: 'Модель Яндекс',
  Chinese: '通义千问 深度求索 智谱',
  Japanese: 'クロードの日本語 ひらがな',
  Korean: '한국어 모델 네이버',
  Arabic: 'نموذج عربي',
  Hebrew: 'מודל עברי',
  Devanagari: 'हिन्दी मॉडल',
  Thai: 'ภาษาไทย',
};
const SIZE = 64;
const glyph = (ch: string, weight: 400 | 700): Node => ({
  type: 'div',
  props: {
    style: {
      width: SIZE,
      height: SIZE,
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      background: '#000',
      color: '#fff',
      fontFamily: 'Inter',
      fontSize: 44,
      fontWeight: weight,
    },
    children: ch,
  },
});
const lit = (rgb: Buffer) => rgb.reduce((n, v, i) => n + (i % 3 === 0 && v > 64 ? 1 : 0), 0);

describe('sharing images draw every script a name may use', () => {
  it('has no font for the runic "ᚠ": it is drawn as the missing-glyph box and the schema refuses it in a name', async () => {
    expect(subsetFor(0x16a0)).toBeUndefined();
    expect(undrawableCharacter('Futhark ᚠ')).toBe('"ᚠ" (U+16A0)');
    const parsed = makerSchema.safeParse({ name: 'Futhark ᚠ', homepage: 'https://example.com' });
    expect(parsed.error?.issues[0]?.message).toBe(
      'holds "ᚠ" (U+16A0), which the sharing images cannot draw: names may be written in Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari or Thai letters',
    );
  });

  it.each(Object.entries(SAMPLES))(
    'draws every character of a %s name at both weights, none as the missing-glyph box',
    async (_, sample) => {
      for (const weight of [400, 700] as const) {
        const tofu = await rasterise(glyph('ᚠ', weight), SIZE, SIZE);
        // A combining mark is drawn on a letter of its script: the pair must differ from the letter alone.
        const base = [...sample].find((c) => /\p{L}/u.test(c))!;
        for (const ch of new Set([...sample.replace(/\s/g, '')])) {
          expect(undrawableCharacter(ch), ch).toBeUndefined();
          const mark = /\p{M}/u.test(ch);
          const drawn = await rasterise(glyph(mark ? `${base}${ch}` : ch, weight), SIZE, SIZE);
          expect(drawn.equals(tofu), `${ch} at ${weight} is drawn as the missing-glyph box`).toBe(
            false,
          );
          expect(lit(drawn), `${ch} at ${weight} draws nothing`).toBeGreaterThan(10);
          if (mark)
            expect(
              drawn.equals(await rasterise(glyph(base, weight), SIZE, SIZE)),
              `${ch} at ${weight} adds nothing to ${base}`,
            ).toBe(false);
        }
      }
    },
  );

  it('loads only the fonts a text needs: Latin text uses Inter alone, and one set of fonts is one array', () => {
    expect(new Set(fontsFor(['Mistral Small 4']).map((f) => f.name))).toEqual(
      new Set(['Inter', 'Inter/latin-ext']),
    );
    expect(fontsFor(['Mistral Small 4'])).toBe(fontsFor(['Tiny']));
    const cjk = new Set(fontsFor(['通义千问 한국어']).map((f) => f.name.split('/')[0]));
    expect(cjk).toEqual(new Set(['Inter', 'Noto Sans SC', 'Noto Sans KR']));
  });

  it('composes a card of two non-Latin names exactly as the card drawn in one piece', async () => {
    const side = (name: string, maker: string) => ({
      name,
      maker,
      kind: 'language model',
      figures: [{ label: 'Context', value: '128K tokens' }],
    });
    const card = {
      a: side(SAMPLES.Chinese!, '阿里巴巴'),
      b: side(SAMPLES.Korean!, SAMPLES.Arabic!),
    };
    const { data } = await sharp(await drawCard(card))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data.equals(await rasterise(cardTree(card), OG_WIDTH, OG_HEIGHT))).toBe(true);
  });
});
