/**
 * `npm run format` formats the whole tree with Prettier (config in
 * `.prettierrc.json`, exclusions in `.prettierignore`); `npm run format --
 * --check` only reports the files that differ and exits 1 if there is any.
 * Prettier's own `--write --check` would write and pass, hence this switch.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const mode = args.includes('--check') ? [] : ['--write'];
const prettier = fileURLToPath(import.meta.resolve('prettier/bin/prettier.cjs'));
const run = spawnSync(process.execPath, [prettier, ...mode, ...args, '.'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
