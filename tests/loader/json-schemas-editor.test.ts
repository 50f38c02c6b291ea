/**
 * What an editor does with the record schemas, asked of the YAML language server itself (the one
 * VS Code's YAML extension, Neovim, Helix and Zed run): a record's modeline finds its kind's schema
 * relative to the file, the server flags a misspelled field at its line, completes field names,
 * shows a field's description on hover and flags nothing in real records; a new file without the
 * modeline is bound by the globs of .vscode/settings.json, and files elsewhere are not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import {
  getLanguageService,
  type LanguageService,
  type SchemasSettings,
} from 'yaml-language-server';
import { RECORD_KIND_NAMES, ROOT } from '../../scripts/json-schemas/generate.ts';
import { modeline, recordFiles, withModeline } from '../../scripts/json-schemas/modelines.ts';
import type { RecordKind } from '../../src/schemas/index.ts';

/** A language server reading schemas from disk, configured as the editor settings file says (or not at all). */
function languageServer(schemas: SchemasSettings[] = []): LanguageService {
  const server = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: {
      resolveRelativePath: (relative, resource) => new URL(relative, resource).href,
    },
  });
  server.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2', schemas });
  return server;
}

/** The settings file's `yaml.schemas`, as the YAML extension hands them to the server: schema paths from the workspace root. */
function settingsSchemas(): SchemasSettings[] {
  const settings = JSON.parse(
    readFileSync(path.join(ROOT, '.vscode', 'settings.json'), 'utf8'),
  ) as { 'yaml.schemas': Record<string, string[]> };
  return Object.entries(settings['yaml.schemas']).map(([schema, fileMatch]) => ({
    uri: pathToFileURL(path.join(ROOT, schema)).href,
    fileMatch,
    priority: 3,
  }));
}

/** The server caches parsed documents by URI and version: every document here is a new version. */
let version = 0;
/** A document at `file` (a path under the project) holding `text`. */
const document = (file: string, text: string) =>
  TextDocument.create(pathToFileURL(path.join(ROOT, file)).href, 'yaml', ++version, text);

/** "line: message" (1-based lines) for each diagnostic the server gives. */
async function diagnostics(server: LanguageService, file: string, text: string): Promise<string[]> {
  return (await server.doValidation(document(file, text), false)).map(
    (d) => `${d.range.start.line + 1}: ${d.message}`,
  );
}

const SAMPLE = 'data/models/mistral-small-4.yaml';
/** The sample record with its modeline (whether or not the checked-in file has it yet). */
const sampleText = () => withModeline(readFileSync(path.join(ROOT, SAMPLE), 'utf8'), 'models');

describe('the modeline binds a record to its schema', () => {
  const server = languageServer();

  it('a misspelled field is flagged at its line', async () => {
    const text = sampleText().replace(/^context_window:/m, 'context_windw:');
    const line = text.split('\n').findIndex((l) => l.startsWith('context_windw:')) + 1;
    expect(await diagnostics(server, SAMPLE, text)).toEqual([
      `${line}: Property context_windw is not allowed.`,
    ]);
    // Without the modeline (and without settings) nothing binds the file: the schema is what flags it.
    expect(await diagnostics(server, SAMPLE, text.split('\n').slice(1).join('\n'))).toEqual([]);
  });

  it("a name over its length, an id and a date not in their form are flagged in zod's words", async () => {
    const text = sampleText()
      .replace(/^name: .*$/m, `name: ${'x'.repeat(81)}`)
      .replace(/^maker: .*$/m, 'maker: Mistral AI')
      .replace(/^reviewed: .*$/m, 'reviewed: 14/05/2026');
    const line = (prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
    expect(await diagnostics(server, SAMPLE, text)).toEqual([
      '2: must be at most 80 characters',
      '3: must be a lower-case kebab-case maker id, like "mistral-ai"',
      `${line('reviewed:')}: must be a date written YYYY-MM-DD`,
    ]);
  });

  it('field names and enum values are completed, and fields described on hover', async () => {
    const doc = document(
      'data/models/new-model.yaml',
      `${modeline('models')}\nname: New Model\n\nkind: language\n`,
    );
    const completion = await server.doComplete(doc, { line: 2, character: 0 }, false);
    expect(completion.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['maker', 'context_window', 'capabilities', 'sources', 'reviewed']),
    );
    expect(completion.items.map((i) => i.label)).not.toContain('name');
    const hover = await server.doHover(doc, { line: 3, character: 1 });
    expect(JSON.stringify(hover?.contents)).toContain('What the model produces.');
    const kind = await server.doComplete(
      document('data/models/new-model.yaml', `${modeline('models')}\nname: New Model\nkind: \n`),
      { line: 2, character: 6 },
      false,
    );
    expect(kind.items.map((i) => i.label)).toEqual([
      'language',
      'speech',
      'transcription',
      'voice',
      'embedding',
      'image',
      'video',
      'rerank',
    ]);
  });

  it('real records are not flagged: every maker, provider and benchmark, and every tenth model', async () => {
    const flagged: string[] = [];
    for (const kind of RECORD_KIND_NAMES) {
      const files = recordFiles(path.join(ROOT, 'data'), kind).filter(
        (_, i) => kind !== 'models' || i % 10 === 0,
      );
      for (const file of files) {
        const relative = path.relative(ROOT, file);
        const found = await diagnostics(
          server,
          relative,
          withModeline(readFileSync(file, 'utf8'), kind as RecordKind),
        );
        flagged.push(...found.map((d) => `${relative}:${d}`));
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe('.vscode/settings.json binds new files without a modeline', () => {
  const server = languageServer(settingsSchemas());
  const misspelt =
    'name: New Model\nmakr: mistral-ai\nkind: language\nsources: [https://example.com/card]\nreviewed: 2026-01-01\n';

  it.each(RECORD_KIND_NAMES)("data/%s/*.yaml gets its kind's schema", async (kind) => {
    const found = await diagnostics(server, `data/${kind}/new-record.yaml`, 'nam: X\n');
    expect(found).toContain('1: Property nam is not allowed.');
  });

  it('a model file is checked against the model schema', async () => {
    expect(await diagnostics(server, 'data/models/new-model.yaml', misspelt)).toEqual([
      '1: Missing property "maker".',
      '2: Property makr is not allowed.',
    ]);
  });

  it('YAML elsewhere (test fixtures, config) is left alone', async () => {
    expect(
      await diagnostics(server, 'tests/fixtures/seeds/models/new-model.yaml', misspelt),
    ).toEqual([]);
    expect(await diagnostics(server, 'scripts/import-config.yaml', misspelt)).toEqual([]);
  });
});
