/**
 * Horizontal bar charts as inline SVG markup. One renderer for build time
 * and the browser (the cost calculator redraws its chart with it), so the
 * chart a reader gets without JavaScript is the one the script draws.
 *
 * Layout: widths are percentages of the chart's width, so bars stretch with
 * the page while text keeps its size. Colours come from CSS classes
 * (`.s-a`, `.s-b`, text in currentColor), so light and dark schemes follow
 * the page's own colours. Every chart repeats a table next to it, which
 * holds each figure for screen readers; the SVG is role="img" and its <title>
 * says what it shows and points to that table, instead of reading every
 * value a second time (page weight: up to 1 KB a chart). What every bar
 * shares (its left edge and its height) is set by the stylesheet
 * (src/components/BarChart.astro), not repeated on each <rect>.
 */
import { escape } from 'html-escaper';

export interface Bar {
  label: string;
  /** Undefined when there is no value: the bar is left out and the value label shown. */
  value: number | undefined;
  valueLabel: string;
  series: 'a' | 'b';
}

export interface BarGroup {
  heading: string;
  bars: Bar[];
  /** The value of a full-length bar in this group; by default the largest value of the chart. */
  max?: number;
}

export interface BarChart {
  /** The chart's accessible name: what it shows, and where its figures are written out. */
  summary: string;
  groups: BarGroup[];
}

const ROW = 22;
/** Bar height in px; `.chart rect` in BarChart.astro sets the same height and x = BAR_START %. */
export const BAR = 14;
const LABEL_END = 36;
export const BAR_START = 37;
const BAR_SPAN = 46;

/** The SVG markup of a chart. */
export function renderBarChart(chart: BarChart): string {
  const chartMax = Math.max(0, ...chart.groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)));
  const parts: string[] = [];
  let y = 0;
  for (const g of chart.groups) {
    y += ROW;
    parts.push(`<text y="${y - 6}" class="h">${escape(g.heading)}</text>`);
    const max = g.max ?? chartMax;
    for (const b of g.bars) {
      y += ROW;
      const base = y - 6;
      parts.push(`<text x="${LABEL_END}%" y="${base}" class="l">${escape(b.label)}</text>`);
      let end = BAR_START;
      if (b.value !== undefined) {
        const width = round(max > 0 ? (Math.max(0, b.value) / max) * BAR_SPAN : 0);
        parts.push(`<rect y="${y - 4 - BAR}" width="${width}%" class="s-${b.series}"/>`);
        end = round(BAR_START + width + 1);
      }
      parts.push(`<text x="${end}%" y="${base}">${escape(b.valueLabel)}</text>`);
    }
  }
  const height = y + 6;
  return `<svg class="chart" width="100%" height="${height}" role="img"><title>${escape(chart.summary)}</title>${parts.join('')}</svg>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
