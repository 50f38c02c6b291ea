/**
 * Markdown from records (a model's `notes`) to HTML: remark parses it
 * (CommonMark), remark-rehype turns it into HTML nodes and rehype-stringify
 * writes them. Pure and deterministic: the same text gives the same HTML.
 *
 * The loader already refuses raw HTML, non-http(s) links, images and
 * headings (src/schemas/markdown.ts); this renderer is safe on any text all
 * the same:
 * - raw HTML never passes through (remark-rehype without allowDangerousHtml
 *   drops it, and any `raw` node left is removed);
 * - a link whose href is not an absolute http(s) URL keeps its text, not its
 *   link; every other link gets rel="noopener noreferrer";
 * - an image is written as its alt text (nothing is loaded from elsewhere);
 * - a heading is written as a paragraph (the section has its own heading);
 * - text is escaped: `&` and `<` as entities, quotes too in attributes.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import { httpUrlProblem } from '../schemas/common.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The children of `parent` made safe, recursively. */
function secure(children: (Root | Element)['children']): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text' || child.type === 'comment') return child.type === 'text' ? [child] : [];
    if (child.type !== 'element') return [];
    child.children = secure(child.children);
    if (child.tagName === 'img') return typeof child.properties.alt === 'string' && child.properties.alt ? [{ type: 'text', value: child.properties.alt }] : [];
    if (HEADINGS.has(child.tagName)) child.tagName = 'p';
    if (child.tagName === 'a') {
      const href = typeof child.properties.href === 'string' ? child.properties.href : '';
      if (httpUrlProblem(href)) return child.children;
      const title = child.properties.title;
      child.properties = { href, ...(typeof title === 'string' ? { title } : {}), rel: ['noopener', 'noreferrer'] };
    }
    return [child];
  });
}

/** rehype plugin: applies `secure` to the whole tree. */
function rehypeSecure() {
  return (tree: Root) => {
    tree.children = secure(tree.children);
  };
}

const processor = remark()
  .use(remarkRehype)
  .use(rehypeSecure)
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

/** HTML for a markdown text: safe to insert with `set:html`. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
