/**
 * The Vite module `virtual:llm-compare/catalogue`: the validated catalogue as
 * JSON text (src/loader/shipped-catalogue.ts), bundled into the server, which
 * parses it once at start instead of reading YAML. In `npm run build` it is
 * the catalogue the build validated and handed over; in a plain `astro build`
 * the records are loaded and validated here, and any problem stops the build.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { handedOverCatalogue } from '../../src/loader/catalogue-handoff.ts';
import { loadShippable } from '../../src/loader/load-shippable.ts';
import { dataDir } from '../../src/loader/data-dir.ts';
import { shipCatalogue } from '../../src/loader/shipped-catalogue.ts';
import { codeHash } from './code-hash.ts';

const ID = 'virtual:llm-compare/catalogue';
const RESOLVED = `\0${ID}`;

export function catalogueModule(): Plugin {
  return {
    name: 'llm-compare:catalogue',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const root = path.resolve(import.meta.dirname, '..', '..');
      const shipped = await handedOverCatalogue(() => loadShippable(dataDir(), codeHash(root)));
      return `export default ${JSON.stringify(shipCatalogue(shipped))};`;
    },
  };
}
