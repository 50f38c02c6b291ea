/**
 * Markdown nesting: quotes and lists nested more than MAX_MARKDOWN_NESTING
 * deep (and emphasis or links) are refused at their line by the schema, and
 * the renderer neither overflows its stack nor stalls on any text, however
 * deeply it nests.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/format/markdown.ts';
import { MAX_MARKDOWN_NESTING, scanNesting } from '../../src/schemas/markdown-depth.ts';
import { markdownProblems } from '../../src/schemas/markdown.ts';

const quotes = (n: number) => `${'> '.repeat(n)}deep`;
const list = (n: number) =>
  Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
const ms = (f: () => void) => {
  const started = performance.now();
  f();
  return performance.now() - started;
};

describe('the schema refuses markdown nested too deeply', () => {
  it(`accepts quotes and lists nested ${MAX_MARKDOWN_NESTING} levels deep`, () => {
    expect(MAX_MARKDOWN_NESTING).toBe(6);
    expect(markdownProblems(quotes(6))).toEqual([]);
    expect(markdownProblems(list(6))).toEqual([]);
    expect(
      markdownProblems(`- item\n\n  > ${'> '.repeat(2)}quoted\n  >\n  > - a\n  >   - b`),
    ).toEqual([]);
  });

  it('refuses a seventh level at its line and column, quotes or lists', () => {
    const seventh =
      'quotes and lists are nested 7 levels deep here; they may be nested at most 6 levels: flatten the text';
    expect(markdownProblems(quotes(7))).toEqual([{ line: 1, column: 13, message: seventh }]);
    expect(markdownProblems(`Intro.\n\n${list(7)}`)).toEqual([
      { line: 9, column: 13, message: seventh },
    ]);
    expect(markdownProblems(`> - > - > - > x`)).toEqual([
      { line: 1, column: 13, message: seventh },
    ]);
  });

  it('refuses emphasis and links nested more than six deep', () => {
    expect(
      markdownProblems('*a _b **c __d [e *f _g_* h](https://example.com) i__ j** k_ l*'),
    ).toEqual([
      {
        line: 1,
        column: 21,
        message:
          'emphasis and links are nested 7 levels deep here; they may be nested at most 6 levels: simplify the text',
      },
    ]);
    expect(markdownProblems('*a _b **c __d [e *f* g](https://example.com) h__ i** j_ k*')).toEqual(
      [],
    );
  });

  it('refuses 1,990 nested ">" at once, before parsing, at its line', () => {
    let problems: unknown;
    expect(ms(() => (problems = markdownProblems(`Fine.\n\n${'>'.repeat(1990)} x`)))).toBeLessThan(
      500,
    );
    expect(problems).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'quotes, lists or indentation go 1990 levels deep on this line; quotes and lists may be nested at most 6 levels: flatten the text',
      },
    ]);
    expect(markdownProblems(`${'- '.repeat(40)}x`)).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'quotes, lists or indentation go 40 levels deep on this line; quotes and lists may be nested at most 6 levels: flatten the text',
      },
    ]);
  });

  it('scans nesting from line starts: markers and indentation, not the spaces after a marker', () => {
    expect(scanNesting('- - - x', 2)).toEqual({ line: 1, depth: 3 });
    expect(scanNesting('- -     x', 2)).toBeUndefined();
    expect(scanNesting('a\n>     - x', 2)).toEqual({ line: 2, depth: 4 });
    expect(scanNesting('2026. A year.\n\n       code', 4)).toBeUndefined();
  });
});

describe('the renderer cannot overflow its stack', () => {
  it('renders 1,990 and 100,000 nested ">" as one escaped paragraph, quickly', () => {
    let html = '';
    expect(ms(() => (html = renderMarkdown(`${'>'.repeat(1990)} x <b>`)))).toBeLessThan(500);
    expect(html).toBe(`<p>${'&gt;'.repeat(1990)} x &lt;b&gt;</p>`);
    expect(ms(() => (html = renderMarkdown(`${'>'.repeat(100_000)} x`)))).toBeLessThan(2_000);
    expect(html.startsWith('<p>&gt;&gt;')).toBe(true);
  });

  it('renders 1,000 list markers on a line and 600 ordered ones without throwing', () => {
    expect(renderMarkdown(`${'- '.repeat(1000)}a`)).toMatch(/^<p>- - - /);
    expect(renderMarkdown(`${'1. '.repeat(600)}a`)).toMatch(/^<p>1\. 1\. /);
  });

  it('shows what lies beyond the limit as its markdown text, and keeps the levels within it', () => {
    const html = renderMarkdown(quotes(8));
    expect(html.match(/<blockquote>/g)).toHaveLength(6);
    expect(html).toContain('<p>> > deep</p>');
    const listed = renderMarkdown(list(8));
    expect(listed.match(/<ul>/g)).toHaveLength(6);
    expect(listed).toContain('- level 7');
    expect(listed).toContain('- level 8');
  });

  it('renders nested emphasis of any depth', () => {
    expect(() => renderMarkdown(`${'*'.repeat(1000)}a${'*'.repeat(1000)}`)).not.toThrow();
    expect(renderMarkdown(quotes(6))).toBe(
      `${'<blockquote>\n'.repeat(6)}<p>deep</p>\n${'</blockquote>\n'.repeat(6).trim()}`,
    );
  });
});
