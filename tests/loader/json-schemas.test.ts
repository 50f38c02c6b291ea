/**
 * The JSON Schemas editors check records with (schemas/json/, `npm run schemas`): they are exactly
 * what the zod schemas generate, they refuse what a misspelled or mistyped field looks like, they
 * accept every record zod accepts (never stricter), and every record file is bound to its kind's
 * schema, by its modeline and by .vscode/settings.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import {
  jsonSchemaPath,
  jsonSchemaText,
  RECORD_KIND_NAMES,
  ROOT,
} from '../../scripts/json-schemas/generate.ts';
import {
  firstLine,
  modeline,
  recordFiles,
  withModeline,
} from '../../scripts/json-schemas/modelines.ts';
import { parseYamlRecord } from '../../src/loader/yaml-source.ts';
import { RECORD_KINDS, type RecordKind } from '../../src/schemas/index.ts';
import { catalogueArb } from '../property/arbitraries.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
// An editor's message for a pattern (yaml-language-server and VS Code read it); no check of its own.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });

const validators = new Map<RecordKind, ValidateFunction>(
  RECORD_KIND_NAMES.map((kind) => [
    kind,
    ajv.compile(JSON.parse(readFileSync(path.join(ROOT, jsonSchemaPath(kind)), 'utf8'))),
  ]),
);

/** "path: message" for each error the checked-in JSON Schema of `kind` finds in `data`. */
function jsonSchemaErrors(kind: RecordKind, data: unknown): string[] {
  const validate = validators.get(kind)!;
  if (validate(data)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) =>
      `${e.instancePath || '/'}: ${e.message}${e.params.additionalProperty ? ` "${e.params.additionalProperty}"` : ''}`,
  );
}

/** A record file parsed exactly as the loader parses it. */
function readRecord(file: string): unknown {
  const read = parseYamlRecord(readFileSync(file), file);
  if (!read.ok)
    throw new Error(`${file} does not parse: ${read.problems.map((p) => p.message).join('; ')}`);
  return read.source.data;
}

/** A record of the real catalogue, as parsed data, with `edit` applied to its text. */
function realRecord(kind: RecordKind, id: string, edit: (text: string) => string): unknown {
  const text = readFileSync(path.join(ROOT, 'data', kind, `${id}.yaml`), 'utf8');
  const edited = edit(text);
  expect(edited, 'the edit must change the sample record').not.toBe(text);
  const read = parseYamlRecord(Buffer.from(edited), `${kind}/${id}.yaml`);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  return read.source.data;
}

describe('the checked-in JSON Schemas', () => {
  it.each(RECORD_KIND_NAMES)('%s: equals what the zod schemas generate, byte for byte', (kind) => {
    let checkedIn: string | undefined;
    try {
      checkedIn = readFileSync(path.join(ROOT, jsonSchemaPath(kind)), 'utf8');
    } catch {
      checkedIn = undefined;
    }
    if (checkedIn !== jsonSchemaText(kind)) {
      expect.fail(
        `${jsonSchemaPath(kind)} is ${checkedIn === undefined ? 'missing' : 'out of date with src/schemas/'}: run \`npm run schemas\` and commit the result`,
      );
    }
  });

  it("give every pattern zod's own message, for editors to show", () => {
    for (const kind of RECORD_KIND_NAMES) {
      const text = jsonSchemaText(kind);
      expect(text.match(/"patternErrorMessage"/g)?.length, kind).toBe(
        text.match(/"pattern"/g)?.length,
      );
    }
    const maker = JSON.parse(jsonSchemaText('models')).properties.maker;
    expect(maker).toMatchObject({
      pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      patternErrorMessage: 'must be a lower-case kebab-case maker id, like "mistral-ai"',
    });
  });

  it("describe fields in the words of the zod schemas' doc comments", () => {
    const models = JSON.parse(jsonSchemaText('models'));
    expect(models.properties.context_window.description).toBe(
      'Context window in tokens, as the maker states it.',
    );
    const price = JSON.parse(jsonSchemaText('providers')).properties.routes.items.properties.prices
      .items;
    // The price's own field, and the batch price's: never the off-peak price's field of the same name.
    expect(price.properties.input.description).toMatch(/^Input price, USD per 1M tokens/);
    expect(price.properties.batch.properties.input.description).toBe(
      'Batch input price, USD per 1M tokens.',
    );
    expect(price.properties.off_peak.properties.input.description).toBe(
      'Off-peak input price, USD per 1M tokens.',
    );
  });
});

describe('the JSON Schemas refuse what an editor should flag', () => {
  it('a misspelled field, at the top and nested', () => {
    const model = realRecord('models', 'mistral-small-4', (t) =>
      t.replace(/^context_window:/m, 'context_windw:'),
    );
    expect(jsonSchemaErrors('models', model)).toEqual([
      '/: must NOT have additional properties "context_windw"',
    ]);
    const capability = realRecord('models', 'mistral-small-4', (t) =>
      t.replace(/^ {2}vision:/m, '  vison:'),
    );
    expect(jsonSchemaErrors('models', capability)).toEqual([
      '/capabilities: must NOT have additional properties "vison"',
    ]);
    const provider = realRecord('providers', 'openrouter', (t) =>
      t.replace(/^( +)cached_input:/m, '$1cache_input:'),
    );
    expect(jsonSchemaErrors('providers', provider)).toEqual([
      expect.stringMatching(
        /^\/routes\/\d+\/prices\/\d+: must NOT have additional properties "cache_input"$/,
      ),
    ]);
    const maker = realRecord('makers', 'mistral-ai', (t) => t.replace(/^homepage:/m, 'home_page:'));
    expect(jsonSchemaErrors('makers', maker)).toEqual([
      "/: must have required property 'homepage'",
      '/: must NOT have additional properties "home_page"',
    ]);
  });

  it('a wrong type, a value outside its list, a negative price and an over-long name', () => {
    const model = realRecord('models', 'mistral-small-4', (t) =>
      t
        .replace(/^context_window: .*$/m, 'context_window: 256k')
        .replace(/^kind: .*$/m, 'kind: langauge')
        .replace(/^name: .*$/m, `name: ${'x'.repeat(81)}`),
    );
    expect(jsonSchemaErrors('models', model)).toEqual([
      '/name: must match pattern "^\\s*[\\s\\S]{0,80}\\s*$"',
      '/kind: must be equal to one of the allowed values',
      '/context_window: must be integer',
    ]);
    const provider = realRecord('providers', 'openrouter', (t) =>
      t.replace(/^( +)input: [\d.]+$/m, '$1input: -1'),
    );
    expect(jsonSchemaErrors('providers', provider)).toEqual([
      expect.stringMatching(/^\/routes\/\d+\/prices\/\d+\/input: must be >= 0$/),
    ]);
  });
});

describe('the JSON Schemas are never stricter than zod', () => {
  it.each(RECORD_KIND_NAMES)('%s: every record in data/ is accepted', (kind) => {
    const files = recordFiles(path.join(ROOT, 'data'), kind);
    expect(files.length).toBeGreaterThan(0);
    const refused = files.flatMap((file) =>
      jsonSchemaErrors(kind, readRecord(file)).map((e) => `${path.relative(ROOT, file)} ${e}`),
    );
    expect(refused).toEqual([]);
  });

  it('every fixture record zod accepts is accepted', () => {
    const files = fg.sync(`tests/fixtures/**/{${RECORD_KIND_NAMES.join(',')}}/*.yaml`, {
      cwd: ROOT,
      absolute: true,
    });
    let checked = 0;
    const refused: string[] = [];
    for (const file of files) {
      const kind = path.basename(path.dirname(file)) as RecordKind;
      const data = readRecord(file);
      if (!RECORD_KINDS[kind].safeParse(data).success) continue;
      checked += 1;
      refused.push(...jsonSchemaErrors(kind, data).map((e) => `${path.relative(ROOT, file)} ${e}`));
    }
    expect(checked).toBeGreaterThan(10);
    expect(refused).toEqual([]);
  });

  it("every record of random valid catalogues (the property tests' generator) is accepted", () => {
    fc.assert(
      fc.property(catalogueArb(4), (catalogue) => {
        for (const kind of RECORD_KIND_NAMES) {
          for (const { id, ...record } of catalogue[kind].values()) {
            if (!RECORD_KINDS[kind].safeParse(record).success) continue;
            expect(jsonSchemaErrors(kind, record), `${kind}/${id}`).toEqual([]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('text with spaces around it is measured as zod measures it, after trimming', () => {
    const name = `  ${'x'.repeat(80)}  `;
    expect(RECORD_KINDS.makers.safeParse({ name, homepage: 'https://example.com' }).success).toBe(
      true,
    );
    expect(jsonSchemaErrors('makers', { name, homepage: 'https://example.com' })).toEqual([]);
  });
});

describe('editors bind each record kind to its schema', () => {
  it.each(RECORD_KIND_NAMES)(
    'every record in data/%s/ names its schema on its first line',
    (kind) => {
      const files = recordFiles(path.join(ROOT, 'data'), kind);
      const lacking = files
        .filter((file) => firstLine(readFileSync(file, 'utf8')) !== modeline(kind))
        .map((file) => path.relative(ROOT, file));
      if (lacking.length > 0) {
        expect.fail(
          `${lacking.length} of ${files.length} records lack the first line "${modeline(kind)}" (${lacking.slice(0, 3).join(', ')}${lacking.length > 3 ? ', …' : ''}): run \`npm run schemas\`, which adds it`,
        );
      }
      // The path is relative to the record: data/<kind>/ is two folders below the project root.
      const named = modeline(kind).split('$schema=')[1]!;
      expect(readFileSync(path.resolve(ROOT, 'data', kind, named), 'utf8')).toBe(
        jsonSchemaText(kind),
      );
    },
  );

  it('the modeline is added once, replaces another one, and keeps a byte-order mark', () => {
    const record = 'name: Mistral AI\nhomepage: https://mistral.ai\n';
    const once = withModeline(record, 'makers');
    expect(once).toBe(`${modeline('makers')}\n${record}`);
    expect(withModeline(once, 'makers')).toBe(once);
    expect(withModeline(`# yaml-language-server: $schema=./old.json\r\n${record}`, 'makers')).toBe(
      `${modeline('makers')}\r\n${record}`,
    );
    expect(withModeline(`\uFEFF${record}`, 'makers')).toBe(
      `\uFEFF${modeline('makers')}\n${record}`,
    );
    expect(firstLine(`\uFEFF${once}`)).toBe(modeline('makers'));
  });

  it('.vscode/settings.json maps data/<kind>/*.yaml to schemas/json/<kind>.schema.json', () => {
    const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode', 'settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual(
      Object.fromEntries(
        RECORD_KIND_NAMES.map((kind) => [`./${jsonSchemaPath(kind)}`, [`data/${kind}/*.yaml`]]),
      ),
    );
  });
});
