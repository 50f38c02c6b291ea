import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAR, BAR_START, renderBarChart } from '../../src/lib/format/bar-chart.ts';
import { benchmarkGroups } from '../../src/lib/pair/benchmark-chart.ts';

describe('bar chart SVG', () => {
  const chart = {
    summary: 'Costs of A & <B>',
    groups: [
      {
        heading: 'A & B',
        bars: [
          { label: 'P<1>', value: 50, valueLabel: '$50', series: 'a' as const },
          { label: 'Q', value: 100, valueLabel: '$100', series: 'a' as const },
        ],
      },
      {
        heading: 'C',
        bars: [
          {
            label: 'Monthly cost',
            value: undefined,
            valueLabel: 'Not sourced',
            series: 'b' as const,
          },
        ],
      },
    ],
  };

  it('is an image named by its summary, text escaped', () => {
    const svg = renderBarChart(chart);
    expect(svg.startsWith('<svg class="chart" width="100%" height="')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Costs of A &amp; &lt;B&gt;</title>');
    expect(svg).toContain('<text x="36%" y="38" class="l">P&lt;1&gt;</text>');
    expect(svg).not.toMatch(/<(?!\/?(svg|title|text|rect)\b)/);
  });

  it('scales bars to the largest value and draws no bar for a missing value', () => {
    const svg = renderBarChart(chart);
    expect(svg.match(/<rect [^>]*width="([\d.]+)%"/g)).toEqual([
      expect.stringContaining('width="23%"'),
      expect.stringContaining('width="46%"'),
    ]);
    expect(svg).toContain('class="s-a"');
    expect(svg).not.toContain('class="s-b"');
    // Colours come from classes only, so the page's light and dark schemes apply.
    expect(svg).not.toMatch(/fill=|style=/);
  });

  it('leaves what every bar shares to the stylesheet: no x or height on a rect', () => {
    const svg = renderBarChart(chart);
    expect(svg).toContain('<rect y="');
    expect(svg).not.toMatch(/<rect [^>]*(x|height)=/);
    expect(svg).toContain('<text y="16" class="h">A &amp; B</text>');
    const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
    expect(css.replace(/\s+/g, ' ')).toContain(
      `.chart rect { x: ${BAR_START}%; height: ${BAR}px; }`,
    );
  });
});

describe('benchmark chart', () => {
  const bench = (id: string, higher: boolean) => ({
    id,
    name: id.toUpperCase(),
    measures: 'm',
    category: 'coding' as const,
    unit: '%',
    higher_is_better: higher,
    url: `https://example.com/${id}`,
  });
  const row = (id: string, higher: boolean, a: number, b: number) => ({
    benchmark: bench(id, higher),
    a: { score: a, source: 'https://example.com/a', date: '2026-01-01', run_by: 'maker' },
    b: { score: b, source: 'https://example.com/b', date: '2026-01-01', run_by: 'maker' },
    leader: 'a' as const,
  });

  it('marks only the benchmarks where a lower score is better, each on its own scale', () => {
    const groups = benchmarkGroups(
      [row('mmlu', true, 80, 70), row('err', false, 3, 5), row('elo', true, 1400, 1300)] as never,
      'A',
      'B',
    );
    expect(groups.map((g) => g.heading)).toEqual(['MMLU', 'ERR (lower is better)', 'ELO']);
    expect(groups.map((g) => g.max)).toEqual([100, 100, 1400]);
  });
});
