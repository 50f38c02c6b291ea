/**
 * The sharing card's layout as satori element trees. The card is a frame
 * (background, site name, "vs") with two model columns at fixed places, so
 * each column can be drawn once per model and placed into any pair's card
 * (draw-card.ts); `cardTree` is the same card laid out in one piece, the
 * reference the composed image is tested against.
 */
import type { OgCard, OgCardSide } from '../lib/outputs/og-card.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const PADDING = 48;
const HEADER_HEIGHT = 40;
const HEADER_GAP = 28;
const VS_WIDTH = 96;

/** Where each column sits on the card, in whole pixels. */
export const COLUMN = {
  top: PADDING + HEADER_HEIGHT + HEADER_GAP,
  width: (OG_WIDTH - 2 * PADDING - VS_WIDTH) / 2,
  height: OG_HEIGHT - 2 * PADDING - HEADER_HEIGHT - HEADER_GAP,
  leftA: PADDING,
  leftB: PADDING + (OG_WIDTH - 2 * PADDING - VS_WIDTH) / 2 + VS_WIDTH,
} as const;

const COLOURS = {
  bg: '#0d1117',
  panel: '#161b22',
  fg: '#e6edf3',
  muted: '#9ea7b3',
  accent: '#6cb6ff',
  line: '#30363d',
};

export type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Type size of a model's name: the longest names we list (about 46 characters) fit three lines of 36 px. */
const nameSize = (name: string) => (name.length <= 16 ? 56 : name.length <= 30 ? 44 : 36);

function column(side: OgCardSide): Node {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flex: 1,
      minWidth: 0,
      overflow: 'hidden',
      background: COLOURS.panel,
      border: `2px solid ${COLOURS.line}`,
      borderRadius: 16,
      padding: '32px 36px',
    },
    [
      el(
        'div',
        {
          display: 'block',
          fontSize: nameSize(side.name),
          fontWeight: 700,
          lineHeight: 1.1,
          lineClamp: 3,
        },
        side.name,
      ),
      el(
        'div',
        { fontSize: 26, color: COLOURS.muted, marginTop: 12 },
        `${side.maker} · ${side.kind}`,
      ),
      el(
        'div',
        { display: 'flex', flexDirection: 'column', marginTop: 'auto' },
        side.figures.map((f) =>
          el(
            'div',
            {
              display: 'flex',
              justifyContent: 'space-between',
              fontSize: 30,
              padding: '8px 0',
              borderTop: `1px solid ${COLOURS.line}`,
            },
            [
              el('span', { color: COLOURS.muted }, f.label),
              el('span', { fontWeight: 700 }, f.value),
            ],
          ),
        ),
      ),
    ],
  );
}

const page = (width: number, height: number, style: Record<string, unknown>, children: Node[]) =>
  el(
    'div',
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      background: COLOURS.bg,
      color: COLOURS.fg,
      fontFamily: 'Inter',
      ...style,
    },
    children,
  );

function card(left: Node, right: Node): Node {
  return page(OG_WIDTH, OG_HEIGHT, { flexDirection: 'column', padding: PADDING }, [
    el(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        height: HEADER_HEIGHT,
        marginBottom: HEADER_GAP,
        fontSize: 28,
        fontWeight: 700,
        color: COLOURS.accent,
      },
      'llm-compare',
    ),
    el('div', { display: 'flex', flex: 1, alignItems: 'stretch' }, [
      left,
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: VS_WIDTH,
          fontSize: 40,
          fontWeight: 700,
          color: COLOURS.muted,
        },
        'vs',
      ),
      right,
    ]),
  ]);
}

/** The card without its columns (their places are left as background). */
export function frameTree(): Node {
  const empty = () => el('div', { display: 'flex', flex: 1 });
  return card(empty(), empty());
}

/** One model's column on its own, exactly the size of its place on the card. */
export function sideTree(side: OgCardSide): Node {
  return page(COLUMN.width, COLUMN.height, {}, [column(side)]);
}

/** The whole card in one piece. */
export function cardTree(c: OgCard): Node {
  return card(column(c.a), column(c.b));
}
