/** The `_headers` rules npm start applies, read from the project's own file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve/static-headers.ts';

const rules = parseHeadersFile(
  readFileSync(path.resolve(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'),
);

describe('_headers rules', () => {
  it('give every path the security headers, and hashed assets a long cache life', () => {
    const page = new Map(headersFor(rules, '/compare/a-vs-b/'));
    expect(page.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(page.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.has('Cache-Control')).toBe(false);
    expect(new Map(headersFor(rules, '/_astro/site.abc.css')).get('Cache-Control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('read comments, blank lines, exact paths and values holding colons', () => {
    const parsed = parseHeadersFile(
      '# c\n/exact\n  X-A: 1\n\n/p/*\n  Link: <https://x.example>; rel=preload\n',
    );
    expect(headersFor(parsed, '/exact')).toEqual([['X-A', '1']]);
    expect(headersFor(parsed, '/exact/')).toEqual([]);
    expect(headersFor(parsed, '/p/q')).toEqual([['Link', '<https://x.example>; rel=preload']]);
  });
});
