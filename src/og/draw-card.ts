/**
 * Draws a pair's sharing card as a 1200×630 PNG: satori lays it out as SVG
 * (text as paths, Inter from @fontsource/inter), resvg rasterises it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { OgCard, OgCardSide } from '../lib/og-card.ts';
import { projectRoot } from './project-root.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(path.join(projectRoot(), 'package.json'));
const packageVersion = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** Bump DRAWING_REVISION when the layout below changes: every cached image is then redrawn. */
const DRAWING_REVISION = 1;
export const DRAWING_VERSION = `card-${DRAWING_REVISION}/satori-${packageVersion('satori')}/resvg-${packageVersion('@resvg/resvg-js')}/inter-${packageVersion('@fontsource/inter')}`;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Inter',
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

const COLOURS = { bg: '#0d1117', panel: '#161b22', fg: '#e6edf3', muted: '#9ea7b3', accent: '#6cb6ff', line: '#30363d' };

function column(side: OgCardSide): Node {
  return el('div', { display: 'flex', flexDirection: 'column', flex: 1, background: COLOURS.panel, border: `2px solid ${COLOURS.line}`, borderRadius: 16, padding: '32px 36px' }, [
    el('div', { fontSize: side.name.length > 24 ? 44 : 56, fontWeight: 700, lineHeight: 1.1, maxHeight: 130, overflow: 'hidden' }, side.name),
    el('div', { fontSize: 26, color: COLOURS.muted, marginTop: 12 }, `${side.maker} · ${side.kind}`),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', marginTop: 'auto' },
      side.figures.map((f) =>
        el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, padding: '8px 0', borderTop: `1px solid ${COLOURS.line}` }, [
          el('span', { color: COLOURS.muted }, f.label),
          el('span', { fontWeight: 700 }, f.value),
        ]),
      ),
    ),
  ]);
}

/** The card as PNG bytes. */
export async function drawCard(card: OgCard): Promise<Buffer> {
  const tree = el('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: COLOURS.bg, color: COLOURS.fg, fontFamily: 'Inter', padding: 48 }, [
    el('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: COLOURS.accent, marginBottom: 28 }, 'llm-compare'),
    el('div', { display: 'flex', flex: 1, alignItems: 'stretch' }, [
      column(card.a),
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 96, fontSize: 40, fontWeight: 700, color: COLOURS.muted }, 'vs'),
      column(card.b),
    ]),
  ]);
  const svg = await satori(tree as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
