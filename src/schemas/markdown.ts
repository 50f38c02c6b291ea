/**
 * Markdown fields: parsed with remark (CommonMark) exactly as the pages render
 * them, and refused when they hold what a page must never show: raw HTML,
 * links that are not absolute http(s) URLs, images, or headings (the section
 * that shows the text has its own heading), and quotes, lists or emphasis
 * nested more than MAX_MARKDOWN_NESTING levels deep (src/schemas/markdown-depth.ts).
 * Each refusal carries its position inside the text (`params.textPosition`),
 * which the loader maps to the line and column in the YAML file.
 */
import { remark } from 'remark';
import * as z from 'zod';
import { httpUrlProblem, visibleOnly } from './common.ts';
import {
  MAX_MARKDOWN_NESTING,
  type NestedNode,
  scanNesting,
  walkNesting,
} from './markdown-depth.ts';

/** Line and column (1-based) inside the markdown text. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface MarkdownProblem extends TextPosition {
  message: string;
}

const parser = remark();

/** `"<script>"`: a short quote of what was found. */
function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > 40 ? `${one.slice(0, 39)}…` : one}"`;
}

/** Every node a page may not show, in the order it appears, and nesting beyond MAX_MARKDOWN_NESTING. */
export function markdownProblems(source: string): MarkdownProblem[] {
  // Measured before parsing: remark slows down with the square of the depth.
  const scanned = scanNesting(source);
  if (scanned)
    return [
      {
        line: scanned.line,
        column: 1,
        message: `quotes, lists or indentation go ${scanned.depth} levels deep on this line; quotes and lists may be nested at most ${MAX_MARKDOWN_NESTING} levels: flatten the text`,
      },
    ];
  const problems: MarkdownProblem[] = [];
  const check = ({ node }: NestedNode) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const raw = () =>
      source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    switch (node.type) {
      case 'html':
        // A closing tag after a reported opening one is the same HTML: say it once.
        if (node.value.startsWith('</') && problems.some((p) => p.message.startsWith('raw HTML')))
          break;
        problems.push({
          ...at,
          message: `raw HTML is not allowed in markdown (found ${quote(/^<[^>]*>?/.exec(node.value.trim())?.[0] ?? node.value)}); write plain markdown`,
        });
        break;
      case 'link':
      case 'definition': {
        const problem = httpUrlProblem(node.url);
        if (problem) problems.push({ ...at, message: `link ${quote(node.url)} ${problem}` });
        break;
      }
      case 'image':
      case 'imageReference':
        problems.push({
          ...at,
          message: `images are not allowed in markdown (found ${quote(raw())}); link to the image instead`,
        });
        break;
      case 'heading':
        problems.push({
          ...at,
          message: `headings are not allowed in markdown (found ${quote(raw())}): the section has its own heading; use **bold** text instead`,
        });
        break;
    }
  };
  const tooDeep = ({ node, blocks, inlines }: NestedNode) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const message =
      blocks > MAX_MARKDOWN_NESTING
        ? `quotes and lists are nested ${blocks} levels deep here; they may be nested at most ${MAX_MARKDOWN_NESTING} levels: flatten the text`
        : `emphasis and links are nested ${inlines} levels deep here; they may be nested at most ${MAX_MARKDOWN_NESTING} levels: simplify the text`;
    if (!problems.some((p) => p.line === at.line && p.message === message))
      problems.push({ ...at, message });
  };
  walkNesting(parser.parse(source), check, tooDeep);
  return problems;
}

/** Editorial markdown text: paragraphs, emphasis, lists, inline code, code blocks, quotes and http(s) links. */
export const markdownText = (max: number) =>
  z
    .string({ error: 'must be markdown text' })
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine((s) => s.trim() !== '', 'must not be empty: leave the key out instead')
    .superRefine(visibleOnly('\n\t'))
    .superRefine((s, ctx) => {
      for (const { message, line, column } of markdownProblems(s))
        ctx.addIssue({ code: 'custom', message, params: { textPosition: { line, column } } });
    });
