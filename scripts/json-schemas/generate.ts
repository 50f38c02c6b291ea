/**
 * JSON Schemas of the record kinds, generated from the zod schemas in src/schemas/ by zod's own
 * `z.toJSONSchema`, for editors: bound to data/<kind>/*.yaml (by each file's modeline and by
 * .vscode/settings.json), they complete field names and flag unknown or misspelled fields, wrong
 * types, values outside an enum and out-of-range numbers while one types.
 *
 * They describe what a record file may hold (`io: 'input'`, before zod's transforms) and are never
 * stricter than zod: checks JSON Schema cannot express (refinements such as real URLs and calendar
 * dates, price orderings, markdown rules, references to other records) are left out, and
 * `npm run validate` makes them. A length limit zod applies after trimming the text becomes a
 * pattern that allows the surrounding whitespace, since JSON Schema's maxLength counts it. Each
 * pattern carries zod's message for it, which editors show in place of the regex.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { RECORD_KINDS, type RecordKind } from '../../src/schemas/index.ts';
import { describeFields, fileComment, schemaFieldGroups } from './field-comments.ts';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Where the generated schemas are checked in, relative to the project root. */
export const JSON_SCHEMA_DIR = 'schemas/json';
const SCHEMA_SOURCES = path.join(ROOT, 'src', 'schemas');

/** The schema file of each record kind, e.g. src/schemas/model.ts for data/models/. */
const SOURCE_FILE: Record<RecordKind, string> = {
  makers: 'maker.ts',
  models: 'model.ts',
  providers: 'provider.ts',
  benchmarks: 'benchmark.ts',
};

/** Path of a kind's JSON Schema, relative to the project root. */
export const jsonSchemaPath = (kind: RecordKind): string =>
  `${JSON_SCHEMA_DIR}/${kind}.schema.json`;

type JsonSchema = z.core.JSONSchema.BaseSchema;

type StringCheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
};

/** The checks of a zod string schema (none for other types). */
function stringChecks(schema: z.core.$ZodType): StringCheckDef[] {
  const def = schema._zod.def as { type: string; checks?: z.core.$ZodCheck[] };
  return def.type === 'string'
    ? (def.checks ?? []).map((check) => check._zod.def as StringCheckDef)
    : [];
}

/**
 * The message zod gives when the text does not match `pattern`, for editors to show instead of the
 * pattern itself (`patternErrorMessage`, read by the YAML language server and VS Code). A regex
 * with flags other than `u` has no JSON Schema form: refused here rather than emitted stricter.
 */
function patternMessage(checks: StringCheckDef[], pattern: string): string | undefined {
  const regex = checks.find((c) => c.format === 'regex' && c.pattern?.source === pattern)?.pattern;
  if (regex && /[ims]/.test(regex.flags))
    throw new Error(
      `/${regex.source}/${regex.flags}: a JSON Schema pattern has no flags; extend scripts/json-schemas/generate.ts before using them`,
    );
  const error = checks.find((c) => c.pattern === regex)?.error;
  try {
    const message = error?.({ code: 'invalid_format', format: 'regex', input: '' });
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON Schema of one record kind, as an object. */
export function recordJsonSchema(kind: RecordKind): JsonSchema {
  const groups = schemaFieldGroups(SCHEMA_SOURCES);
  const schema = z.toJSONSchema(RECORD_KINDS[kind], {
    // Draft 7: what every YAML language server in use understands; the records need nothing newer.
    target: 'draft-07',
    io: 'input',
    // Every zod type used by the records has a JSON Schema form: a new one that has none fails loudly here.
    unrepresentable: 'throw',
    // Inline, so an editor's hover and completion show each field whole.
    reused: 'inline',
    override({ zodSchema, jsonSchema }) {
      const def = zodSchema._zod.def as { type: string; shape?: Record<string, unknown> };
      if (def.type === 'object' && def.shape && jsonSchema.properties) {
        for (const [field, description] of describeFields(Object.keys(def.shape), groups)) {
          const property = jsonSchema.properties[field];
          // A fresh object: the same zod schema (a price, a URL) may be shared by several fields.
          if (property && typeof property === 'object')
            jsonSchema.properties[field] = { description, ...property };
        }
      }
      const checks = stringChecks(zodSchema);
      if (jsonSchema.pattern !== undefined) {
        const message = patternMessage(checks, jsonSchema.pattern);
        if (message) (jsonSchema as Record<string, unknown>).patternErrorMessage = message;
      }
      // `.trim()` rewrites the text before its length is checked.
      if (
        checks.some((c) => c.check === 'overwrite') &&
        jsonSchema.maxLength !== undefined &&
        jsonSchema.pattern === undefined
      ) {
        const max = jsonSchema.maxLength;
        delete jsonSchema.maxLength;
        jsonSchema.pattern = `^\\s*[\\s\\S]{0,${max}}\\s*$`;
        (jsonSchema as Record<string, unknown>).patternErrorMessage =
          `must be at most ${max} characters`;
      }
    },
  });
  const source = readFileSync(path.join(SCHEMA_SOURCES, SOURCE_FILE[kind]), 'utf8');
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: `llm-compare ${kind} record (data/${kind}/<id>.yaml)`,
    description: fileComment(source),
    $comment: `Generated from src/schemas/${SOURCE_FILE[kind]} by \`npm run schemas\`: do not edit. Checks JSON Schema cannot express are left to \`npm run validate\`.`,
    ...rest,
  };
}

/** The text of a kind's JSON Schema file, exactly as checked in. */
export function jsonSchemaText(kind: RecordKind): string {
  return `${JSON.stringify(recordJsonSchema(kind), null, 2)}\n`;
}

export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];
