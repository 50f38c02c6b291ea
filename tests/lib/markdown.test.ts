/**
 * Markdown from records: rendered by remark with raw HTML never passing
 * through and every link http(s) with rel="noopener noreferrer"; refused by
 * the schema when it holds raw HTML, other link schemes, images or headings.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/format/markdown.ts';
import { markdownProblems } from '../../src/schemas/markdown.ts';
import { modelSchema } from '../../src/schemas/model.ts';

const REL = 'rel="noopener noreferrer"';

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, strong text, inline code and code blocks', () => {
    expect(renderMarkdown('Fast *and* **cheap**, with `tool_use`.\n\nSecond paragraph.')).toBe(
      '<p>Fast <em>and</em> <strong>cheap</strong>, with <code>tool_use</code>.</p>\n<p>Second paragraph.</p>',
    );
    expect(renderMarkdown('```yaml\nnotes: |\n```')).toBe(
      '<pre><code class="language-yaml">notes: |\n</code></pre>',
    );
  });

  it('renders bullet and numbered lists', () => {
    expect(renderMarkdown('- one\n- two')).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderMarkdown('1. first\n2. second')).toBe(
      '<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
    );
  });

  it('gives every link rel="noopener noreferrer", autolinks and reference links included', () => {
    expect(renderMarkdown('See [the card](https://example.com/card).')).toBe(
      `<p>See <a href="https://example.com/card" ${REL}>the card</a>.</p>`,
    );
    expect(renderMarkdown('<https://example.com/a>')).toBe(
      `<p><a href="https://example.com/a" ${REL}>https://example.com/a</a></p>`,
    );
    expect(renderMarkdown('[card][c]\n\n[c]: https://example.com/c "The card"')).toBe(
      `<p><a href="https://example.com/c" title="The card" ${REL}>card</a></p>`,
    );
  });

  it('escapes "&" and "<" in text, and "&" and quotes in attributes', () => {
    expect(renderMarkdown('Q&A "Turbo" is < 2× the price & `a<b>`')).toBe(
      '<p>Q&amp;A "Turbo" is &lt; 2× the price &amp; <code>a&lt;b></code></p>',
    );
    expect(renderMarkdown('[x](https://example.com/?a=1&b=2 "say \\"hi\\" & go")')).toBe(
      `<p><a href="https://example.com/?a=1&amp;b=2" title="say &quot;hi&quot; &amp; go" ${REL}>x</a></p>`,
    );
  });

  it('never lets raw HTML through, inline or block, whatever it is', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\nA <b onclick="x()">bold</b> word <img src=x onerror=alert(1)> <!-- c -->\n\n<div>\n*block*\n</div>',
    );
    expect(html).not.toMatch(/<(script|b|img|div)\b|onclick|onerror|<!--/);
    expect(html).toContain('<p>A bold word  </p>');
  });

  it('keeps the text but not the link of a non-http(s) link, and writes images as their alt text and headings as paragraphs', () => {
    expect(
      renderMarkdown(
        '[click](javascript:alert(1)) [d](data:text/html,x) [rel](/models/x/) <mailto:a@example.com>',
      ),
    ).toBe('<p>click d rel mailto:a@example.com</p>');
    expect(renderMarkdown('![a chart](https://example.com/c.png)')).toBe('<p>a chart</p>');
    expect(renderMarkdown('# Title')).toBe('<p>Title</p>');
  });

  it('is deterministic', () => {
    const md = 'Some *notes* with [a link](https://example.com) and\n\n- a list';
    expect(renderMarkdown(md)).toBe(renderMarkdown(md));
  });
});

describe('markdownProblems', () => {
  it('accepts paragraphs, emphasis, lists, inline code, code blocks, quotes and http(s) links', () => {
    expect(
      markdownProblems(
        '*a* **b** `<b>` [c](https://example.com)\n\n- d\n\n> e\n\n```\n<html>\n```\n\n<https://example.com/f>\n\nx < y > z',
      ),
    ).toEqual([]);
  });

  it('refuses raw HTML at its line and column, saying once for an element with its closing tag', () => {
    expect(markdownProblems('Intro.\n\n<script>alert(1)</script>')).toEqual([
      {
        line: 3,
        column: 1,
        message: 'raw HTML is not allowed in markdown (found "<script>"); write plain markdown',
      },
    ]);
    expect(markdownProblems('A <b>bold</b> move')).toEqual([
      {
        line: 1,
        column: 3,
        message: 'raw HTML is not allowed in markdown (found "<b>"); write plain markdown',
      },
    ]);
    expect(markdownProblems('<!-- hidden -->')[0]?.message).toBe(
      'raw HTML is not allowed in markdown (found "<!-- hidden -->"); write plain markdown',
    );
  });

  it('refuses links that are not absolute http(s) URLs, reference definitions included', () => {
    expect(markdownProblems('[x](javascript:alert(1))')).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'link "javascript:alert(1)" must be an http(s) URL: "javascript:" links are not allowed',
      },
    ]);
    expect(markdownProblems('[x][d]\n\n[d]: data:text/html,x')).toEqual([
      {
        line: 3,
        column: 1,
        message: 'link "data:text/html,x" must be an http(s) URL: "data:" links are not allowed',
      },
    ]);
    expect(markdownProblems('a [x](/models/x/)')).toEqual([
      {
        line: 1,
        column: 3,
        message:
          'link "/models/x/" must be an absolute http(s) URL, like "https://example.com/pricing"',
      },
    ]);
  });

  it('refuses images and headings', () => {
    expect(markdownProblems('![chart](https://example.com/c.png)')).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'images are not allowed in markdown (found "![chart](https://example.com/c.png)"); link to the image instead',
      },
    ]);
    expect(markdownProblems('## Why')).toEqual([
      {
        line: 1,
        column: 1,
        message:
          'headings are not allowed in markdown (found "## Why"): the section has its own heading; use **bold** text instead',
      },
    ]);
  });
});

describe('the notes field of a model', () => {
  const model = {
    name: 'X',
    maker: 'acme',
    kind: 'language',
    sources: ['https://example.com/x'],
    reviewed: '2026-01-01',
  };
  const messages = (notes: unknown) =>
    modelSchema
      .safeParse({ ...model, notes })
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('is optional, and takes markdown', () => {
    expect(messages(undefined)).toEqual([]);
    expect(messages('Good at *agents*; see [docs](https://example.com/docs).')).toEqual([]);
  });

  it('must be non-empty text of at most 2,000 characters', () => {
    expect(messages(12)).toEqual(['notes: must be markdown text']);
    expect(messages('  \n')).toEqual(['notes: must not be empty: leave the key out instead']);
    expect(messages('x'.repeat(2001))).toEqual(['notes: must be at most 2,000 characters']);
  });

  it('carries the position inside the text of each refusal', () => {
    const issues =
      modelSchema.safeParse({ ...model, notes: 'ok\n\n<i>no</i> [x](javascript:y)' }).error
        ?.issues ?? [];
    expect(issues.map((i) => [i.message, (i as { params?: unknown }).params])).toEqual([
      [
        'raw HTML is not allowed in markdown (found "<i>"); write plain markdown',
        { textPosition: { line: 3, column: 1 } },
      ],
      [
        'link "javascript:y" must be an http(s) URL: "javascript:" links are not allowed',
        { textPosition: { line: 3, column: 11 } },
      ],
    ]);
  });
});
