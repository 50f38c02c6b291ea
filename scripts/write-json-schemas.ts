/**
 * `npm run schemas`: writes the JSON Schema of each record kind to schemas/json/<kind>.schema.json,
 * generated from the zod schemas in src/schemas/ (scripts/json-schemas/generate.ts), and puts the
 * `yaml-language-server` modeline that names it on the first line of every record in data/<kind>/
 * that lacks it (scripts/json-schemas/modelines.ts). Run it after changing a schema or adding a
 * record; tests/loader/json-schemas.test.ts fails while a checked-in file differs or a record
 * lacks its modeline.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addModelines } from './json-schemas/modelines.ts';
import {
  JSON_SCHEMA_DIR,
  jsonSchemaPath,
  jsonSchemaText,
  RECORD_KIND_NAMES,
  ROOT,
} from './json-schemas/generate.ts';

mkdirSync(path.join(ROOT, JSON_SCHEMA_DIR), { recursive: true });
for (const kind of RECORD_KIND_NAMES) {
  const file = path.join(ROOT, jsonSchemaPath(kind));
  const text = jsonSchemaText(kind);
  let before: string | undefined;
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === text) {
    console.log(`${jsonSchemaPath(kind)} unchanged`);
  } else {
    writeFileSync(file, text);
    console.log(`${jsonSchemaPath(kind)} ${before === undefined ? 'written' : 'updated'}`);
  }
}

// The modelines name the schemas by a path relative to data/<kind>/: only the project's own data/.
for (const kind of RECORD_KIND_NAMES) {
  const changed = addModelines(path.join(ROOT, 'data'), kind);
  if (changed.length > 0)
    console.log(
      `data/${kind}/: modeline added to ${changed.length} record${changed.length === 1 ? '' : 's'}`,
    );
}
