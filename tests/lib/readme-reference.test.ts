/** The README's record reference names every field of every schema, so it cannot drift. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src/schemas/index.ts';
import { priceSchema } from '../../src/schemas/price.ts';
import { ROOT } from '../support/build-site.ts';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README record reference', () => {
  for (const [kind, schema] of Object.entries(RECORD_KINDS)) {
    it(`documents every field of ${kind}`, () => {
      const section = readme.split(`### \`data/${kind}/<id>.yaml\``)[1]?.split('\n### ')[0] ?? '';
      const keys = Object.keys(schema.shape);
      expect(
        keys.filter((k) => !section.includes(`\`${k}\``) && !section.includes(`\`routes[].${k}\``)),
      ).toEqual([]);
    });
  }

  it('documents every field of a dated price', () => {
    const section = readme.split('### `data/providers/<id>.yaml`')[1]?.split('\n### ')[0] ?? '';
    expect(Object.keys(priceSchema.shape).filter((k) => !section.includes(`\`${k}\``))).toEqual([]);
  });
});
