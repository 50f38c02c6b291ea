/**
 * Maps a position inside a string value (line and column of the text itself,
 * e.g. of raw HTML in a markdown field) to its line and column in the YAML
 * file. Exact for literal block scalars (`notes: |`) and for one-line plain
 * or quoted values without escapes; anything else (folded `>`, escapes,
 * quoted text over several lines) falls back to where the value starts.
 */
import { isScalar, type LineCounter, type Node } from 'yaml';

export function positionInScalar(
  node: Node | null | undefined,
  text: string,
  lines: LineCounter,
  at: { line: number; column: number },
): { line: number; column: number } | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const wanted = node.value.split('\n')[at.line - 1];
  if (wanted === undefined) return undefined;
  const start = lines.linePos(node.range[0]);
  if (node.type === 'BLOCK_LITERAL') {
    // Line n of the text is line n below the "|" header, indented by the block's indent.
    const line = start.line + at.line;
    const source = text.split(/\r?\n/)[line - 1];
    if (source === undefined || wanted === '' || !source.endsWith(wanted)) return undefined;
    return { line, column: source.length - wanted.length + at.column };
  }
  if (at.line !== 1 || node.value.includes('\n')) return undefined;
  const open =
    node.type === 'PLAIN'
      ? 0
      : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
        ? 1
        : -1;
  if (open < 0 || text.slice(node.range[0] + open, node.range[0] + open + wanted.length) !== wanted)
    return undefined;
  return { line: start.line, column: start.col + open + at.column - 1 };
}
