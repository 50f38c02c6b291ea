/**
 * `npm run schemas`: writes the JSON Schema of each record kind to schemas/json/<kind>.schema.json,
 * generated from the zod schemas in src/schemas/ (scripts/json-schemas/generate.ts). Run it after
 * changing a schema; tests/loader/json-schemas.test.ts fails while a checked-in file differs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_DIR, jsonSchemaPath, jsonSchemaText, RECORD_KIND_NAMES, ROOT } from './json-schemas/generate.ts';

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
