// @ts-check
/**
 * Keeps the build's TypeScript modules with their types stripped, so that a
 * build does not strip them again: Node 22 strips every `.ts` module it loads
 * on every run (loading its stripper, amaro, costs 0.1 s per thread; a
 * one-record rebuild loads about 150 of them on two threads), and its compile
 * cache keeps only the compiled code. Loaded with `--import` by
 * scripts/build.ts for the build's threads; it is plain JavaScript because it
 * must load before any TypeScript does.
 *
 * The stripped text is Node's own (`stripTypeScriptTypes`, which replaces
 * types with blanks, so lines and columns stay as written), cached by the
 * SHA-256 of the Node version and the file's bytes in `.cache/strip-types/`.
 * Files of a source that changed are left there (a few kilobytes each):
 * delete the folder to reclaim them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cacheDir = path.join(import.meta.dirname, '..', '..', '.cache', 'strip-types');

/**
 * The stripped text of a TypeScript source, from the cache or stripped now.
 * @param {Buffer} source
 * @param {string} [dir] the cache folder
 * @returns {string}
 */
export function strippedSource(source, dir = cacheDir) {
  const key = createHash('sha256').update(process.version).update('\0').update(source).digest('hex');
  const file = path.join(dir, `${key}.js`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const text = strip(source.toString('utf8'));
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a build reading at the same moment sees the old state or the new file.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    return text;
  }
}

/**
 * Node's stripping, without its notice that the function is experimental.
 * @param {string} code
 * @returns {string}
 */
function strip(code) {
  const emitWarning = process.emitWarning;
  process.emitWarning = /** @type {typeof process.emitWarning} */ ((warning, ...rest) => {
    if (!String(warning).includes('stripTypeScriptTypes')) emitWarning.call(process, warning, .../** @type {[]} */ (rest));
  });
  try {
    return nodeModule.stripTypeScriptTypes(code, { mode: 'strip' });
  } finally {
    process.emitWarning = emitWarning;
  }
}

// Node versions without synchronous module hooks strip as usual.
if (typeof nodeModule.registerHooks === 'function' && typeof nodeModule.stripTypeScriptTypes === 'function') {
  nodeModule.registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return nextLoad(url, context);
      return { format: 'module', source: strippedSource(readFileSync(fileURLToPath(url))), shortCircuit: true };
    },
  });
}
