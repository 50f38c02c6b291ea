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
 * - text is escaped: `&` and `<` as entities, quotes too in attributes;
 * - nesting is bounded (src/schemas/markdown-depth.ts): a text the line scan
 *   finds nested too deeply is not parsed but shown as one escaped paragraph,
 *   and a quote, list or emphasis nested beyond the schema's limit is shown
 *   as its markdown source, so no step can overflow the stack.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot, Text } from 'mdast';
import { httpUrlProblem } from '../../schemas/common.ts';
import { scanNesting, walkNesting } from '../../schemas/markdown-depth.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The children of `parent` made safe, recursively. */
function secure(children: (Root | Element)['children']): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'text' || child.type === 'comment')
      return child.type === 'text' ? [child] : [];
    if (child.type !== 'element') return [];
    child.children = secure(child.children);
    if (child.tagName === 'img')
      return typeof child.properties.alt === 'string' && child.properties.alt
        ? [{ type: 'text', value: child.properties.alt }]
        : [];
    if (HEADINGS.has(child.tagName)) child.tagName = 'p';
    if (child.tagName === 'a') {
      const href = typeof child.properties.href === 'string' ? child.properties.href : '';
      if (httpUrlProblem(href)) return child.children;
      const title = child.properties.title;
      child.properties = {
        href,
        ...(typeof title === 'string' ? { title } : {}),
        rel: ['noopener', 'noreferrer'],
      };
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

/** A text whose nesting the line scan cannot bound is not parsed: it is shown as one escaped paragraph. */
function asPlainText(markdown: string): string {
  const escaped = markdown
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
  return escaped ? `<p>${escaped}</p>` : '';
}

/**
 * Cuts the tree at MAX_MARKDOWN_NESTING: a quote, list, emphasis or link
 * nested deeper is replaced by its markdown source as text, so the
 * recursive steps after parsing never go deeper than a few dozen levels.
 */
function capNesting(tree: MdastRoot, markdown: string): void {
  walkNesting(
    tree,
    () => undefined,
    ({ node, parent }) => {
      if (!parent || !('children' in parent)) return;
      const value = markdown.slice(
        node.position?.start.offset ?? 0,
        node.position?.end.offset ?? 0,
      );
      const text: Text = { type: 'text', value };
      const children = parent.children as unknown[];
      // A list item or a quote holds blocks: the text goes into a paragraph there.
      const block =
        parent.type === 'root' ||
        parent.type === 'blockquote' ||
        parent.type === 'listItem' ||
        parent.type === 'list';
      children[children.indexOf(node)] = block
        ? {
            type: parent.type === 'list' ? 'listItem' : 'paragraph',
            children: parent.type === 'list' ? [{ type: 'paragraph', children: [text] }] : [text],
          }
        : text;
    },
  );
}

/** HTML for a markdown text: safe to insert with `set:html`, and safe to call on any text, however deeply it nests. */
export function renderMarkdown(markdown: string): string {
  if (scanNesting(markdown)) return asPlainText(markdown);
  const tree = processor.parse(markdown);
  capNesting(tree, markdown);
  return String(processor.stringify(processor.runSync(tree))).trim();
}
