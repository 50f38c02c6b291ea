/**
 * How deeply markdown nests. remark's parser slows down with the square of the
 * nesting, and remark-rehype and rehype-stringify recurse once per level (a
 * couple of thousand nested ">" overflow the stack), so a text is measured before it is parsed, and its tree after.
 */
import type { Nodes, Root } from 'mdast';

/** Most levels quotes and lists may be nested inside each other, and emphasis (also links) inside each other, in a markdown field. */
export const MAX_MARKDOWN_NESTING = 6;

/**
 * Beyond this bound from the line scan a text is not handed to remark at all.
 * It is far above MAX_MARKDOWN_NESTING so that indentation (which the scan
 * cannot tell from nesting) never refuses a text that nests within the limit.
 */
export const MAX_SCANNED_NESTING = 32;

const BLOCK = new Set(['blockquote', 'list']);
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The first line whose nesting may exceed `limit`, read from each line's start
 * without parsing: every ">" and list marker there is a level, and so is every
 * two columns of indentation (an item nested in a list is indented at least
 * two columns more than its parent's text), except the spaces that follow a
 * list marker on its own line, which start the item's text.
 */
export function scanNesting(
  text: string,
  limit = MAX_SCANNED_NESTING,
): { line: number; depth: number } | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let levels = 0;
    let columns = 0;
    /** Spaces not counted next: those that follow a list marker start its text, and one space after ">" belongs to it. */
    let skip = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === ' ' || c === '\t') {
        if (skip > 0) skip--;
        else columns += c === '\t' ? 4 : 1;
      } else if (c === '>') {
        levels++;
        skip = 1;
      } else {
        const marker = LIST_MARKER.exec(line.slice(i, i + 11));
        if (!marker) break;
        levels++;
        i += marker[0].length - 1;
        skip = Infinity;
      }
    }
    const depth = levels + Math.floor(columns / 2);
    if (depth > limit) return { line: n + 1, depth };
  }
  return undefined;
}

/** A node of a tree with the quotes and lists, and the emphasis, it sits in (itself included). */
export interface NestedNode {
  node: Nodes;
  parent: Nodes | undefined;
  blocks: number;
  inlines: number;
}

/**
 * Visits every node of `tree` down to the first node nested beyond
 * MAX_MARKDOWN_NESTING on each path, without recursion (so any depth is
 * safe). `visit` sees each node; the too-deep ones are passed to `tooDeep`
 * and not descended into.
 */
export function walkNesting(
  tree: Root,
  visit: (n: NestedNode) => void,
  tooDeep: (n: NestedNode) => void,
): void {
  const stack: NestedNode[] = [{ node: tree, parent: undefined, blocks: 0, inlines: 0 }];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.blocks > MAX_MARKDOWN_NESTING || at.inlines > MAX_MARKDOWN_NESTING) {
      tooDeep(at);
      continue;
    }
    visit(at);
    if (!('children' in at.node)) continue;
    const children = at.node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i]!;
      stack.push({
        node,
        parent: at.node,
        blocks: at.blocks + (BLOCK.has(node.type) ? 1 : 0),
        inlines: at.inlines + (INLINE.has(node.type) ? 1 : 0),
      });
    }
  }
}
