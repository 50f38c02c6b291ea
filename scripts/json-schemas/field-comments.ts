/**
 * The doc comments (`/** … *\/`) written above each field of the zod schemas in src/schemas/,
 * read with the TypeScript parser, so the JSON Schemas describe every field in the same words as
 * the schemas themselves (an editor shows them on hover and in completions) without a second copy.
 *
 * Each object literal of those files is one *field group*: its field names and their comments.
 * A zod object's fields are described from the groups whose names are all fields of that object,
 * a field by the largest such group holding it: a price (seen, input, output, … plus the shared
 * `cache_write` and `batch` spread in from another literal) takes its own fields from its own
 * literal and the shared two from theirs, and a batch price (input, output, cached_input) is
 * never described from the off-peak literal, which has fields a batch price lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One object literal: its fields, and the comment of each field that has one. */
export type FieldGroup = { fields: string[]; comments: Map<string, string> };

/** A doc comment as one line of text: the `*` margins dropped, lines joined by spaces. */
function commentText(raw: string): string {
  return raw
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Every object literal of one schema file that has at least one commented field. */
export function fieldGroups(source: string, fileName = 'schema.ts'): FieldGroup[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const groups: FieldGroup[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const group: FieldGroup = { fields: [], comments: new Map() };
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property))
          continue;
        const name =
          property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
            ? property.name.text
            : undefined;
        if (name === undefined) continue;
        group.fields.push(name);
        const doc = (ts.getLeadingCommentRanges(source, property.getFullStart()) ?? [])
          .map((range) => source.slice(range.pos, range.end))
          .filter((raw) => raw.startsWith('/**'))
          .at(-1);
        if (doc) group.comments.set(name, commentText(doc));
      }
      if (group.comments.size > 0) groups.push(group);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return groups;
}

/** The field groups of every schema file in `dir`, in file-name order. */
export function schemaFieldGroups(dir: string): FieldGroup[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .flatMap((name) => fieldGroups(readFileSync(path.join(dir, name), 'utf8'), name));
}

/** The comment of each field of an object whose fields are `fields`, from the best-fitting groups. */
export function describeFields(
  fields: readonly string[],
  groups: readonly FieldGroup[],
): Map<string, string> {
  const own = new Set(fields);
  const fitting = groups
    .filter((g) => g.fields.every((f) => own.has(f)))
    .sort((a, b) => b.fields.length - a.fields.length);
  const described = new Map<string, string>();
  for (const field of fields) {
    const comment = fitting.find((g) => g.comments.has(field))?.comments.get(field);
    if (comment !== undefined) described.set(field, comment);
  }
  return described;
}

/** The first doc comment of a file (what the file holds), as one line. */
export function fileComment(source: string): string | undefined {
  const raw = /^\s*(\/\*\*[\s\S]*?\*\/)/.exec(source)?.[1];
  return raw === undefined ? undefined : commentText(raw);
}
