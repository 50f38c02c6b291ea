/**
 * What a record's YAML may not hold although it parses, found with its place:
 * a key that is not a name (a list, a mapping, an empty key) or that is
 * given twice in one mapping (checked here in linear time: the yaml
 * library's own check is quadratic in the number of keys), explicit tags
 * (`!!str 12`, `!!binary`, `!custom`), which turn a value into something else
 * than it reads as, and merge keys (`<<: *base`), which YAML 1.2's core
 * schema would read as a key named "<<".
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';

export interface UnsupportedFeature {
  /** Where to point (an offset in the text): the tag or the merge key. */
  offset: number;
  /** Field path of the value, as in problems. */
  path: (string | number)[];
  message: string;
}

/** Every repeated key, tag and merge key under `node` (parsed from `text`), in document order. */
export function unsupportedFeatures(
  node: ParsedNode | null | undefined,
  text: string,
): UnsupportedFeature[] {
  const found: UnsupportedFeature[] = [];
  // One path, extended and shortened as the walk goes: copied only for a problem.
  const path: (string | number)[] = [];
  const report = (offset: number, message: string, key?: string) =>
    found.push({ offset, path: key === undefined ? [...path] : [...path, key], message });
  const walk = (n: unknown) => {
    if (!n || isAlias(n)) return;
    const tagged = n as Node;
    if ((isScalar(tagged) || isMap(tagged) || isSeq(tagged)) && tagged.tag) {
      const tag = tagged.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      report(
        tagStart(text, tagged.range?.[0] ?? 0),
        `uses the YAML tag "${tag}": tags are not allowed in records; write the plain value`,
      );
      return;
    }
    if (isMap(n)) {
      const names = new Set<string>();
      for (const pair of n.items) {
        const key = isScalar(pair.key) && pair.key.value !== null ? pair.key : undefined;
        if (!key) {
          const at =
            (pair.key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0;
          report(
            at,
            'has a key that is not a field name (a list, a mapping or an empty key): write keys as plain names, like "name:"',
          );
          continue;
        }
        const name = String(key.value);
        if (names.has(name)) {
          report(key.range?.[0] ?? 0, 'is given twice in the same mapping: keep one', name);
          continue;
        }
        names.add(name);
        if (name === '<<' && key.type === 'PLAIN') {
          report(
            key.range?.[0] ?? 0,
            'is a YAML merge key, which records do not support: write the fields out in full',
            name,
          );
          continue;
        }
        path.push(name);
        walk(pair.key);
        walk(pair.value);
        path.pop();
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
    }
  };
  walk(node);
  return found;
}

/** The offset of the tag written before the value at `valueStart` (a node's range starts after its tag and anchor). */
function tagStart(text: string, valueStart: number): number {
  let i = valueStart;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  const token = text.slice(i, end);
  return token.startsWith('!') ? i : token.startsWith('&') ? tagStart(text, i) : valueStart;
}
