/**
 * Security of the built seed site: external links are http(s) only and carry
 * rel="noopener noreferrer"; every page has a Content-Security-Policy meta tag
 * and the site a _headers file, neither allowing inline script except by hash;
 * no inline event handlers or script URLs anywhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { pages, references, resolve } from './site.ts';

const site = inject('seedSite');
const all = pages(site);

/** The sources a policy allows for one directive, e.g. script-src. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

/** Inline scripts a browser would run (not JSON data blocks), with their CSP hash source. */
function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs)) continue;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    out.push(`'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`);
  }
  return out;
}

describe('external links', () => {
  it('every <a href^=http> carries rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const page of all) {
      page.$('a[href^="http"]').each((_, el) => {
        const rel = (page.$(el).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          bad.push(`${page.url}: ${page.$(el).attr('href')} rel="${rel.join(' ')}"`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('every link and source leaving the site is http(s); nothing uses javascript: or data:', () => {
    const bad: string[] = [];
    for (const page of all) {
      for (const ref of references(page)) {
        if (/^\s*(javascript|data|vbscript):/i.test(ref.value))
          bad.push(`${page.url}: ${ref.attr}="${ref.value}"`);
        const target = resolve(ref);
        if (!target.internal && !/^https?:$/.test(target.url.protocol))
          bad.push(`${page.url}: ${ref.attr}="${ref.value}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no inline event handler attributes', () => {
    const bad = all.flatMap((p) =>
      [...p.html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => `${p.url}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const headers = readFileSync(path.join(ROOT, 'public', '_headers'), 'utf8');
  const headerPolicy = /Content-Security-Policy:\s*(.+)/i.exec(headers)?.[1] ?? '';

  it('every page has a CSP meta tag allowing scripts from the site and by hash only', () => {
    for (const page of all) {
      const policy = page.$('meta[http-equiv="content-security-policy"]').attr('content');
      expect(policy, page.url).toBeDefined();
      const scripts = directive(policy!, 'script-src') ?? directive(policy!, 'default-src');
      expect(scripts, page.url).toBeDefined();
      for (const source of scripts!)
        expect(source, `${page.url} script-src`).toMatch(
          /^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/,
        );
      expect(directive(policy!, 'object-src'), page.url).toEqual(["'none'"]);
      expect(directive(policy!, 'base-uri'), page.url).toEqual(["'self'"]);
    }
  });

  it('every inline script that would run is allowed by its hash, in the meta tag and in _headers', () => {
    for (const page of all) {
      const meta =
        directive(
          page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '',
          'script-src',
        ) ?? [];
      const header = directive(headerPolicy, 'script-src') ?? [];
      for (const hash of inlineScripts(page.html)) {
        expect(meta, `${page.url}: inline script ${hash} not in the meta policy`).toContain(hash);
        expect(header, `${page.url}: inline script ${hash} not in public/_headers`).toContain(hash);
      }
    }
  });

  it("public/_headers sends what every page's meta tag says, plus frame-ancestors; every page has the same policy", () => {
    const metas = new Set(
      all.map((page) => page.$('meta[http-equiv="content-security-policy"]').attr('content')),
    );
    expect(metas.size).toBe(1);
    const meta = [...metas][0]!;
    for (const d of meta.split(';').map((x) => x.trim().split(/\s+/)[0]!)) {
      // A directive the meta tag leaves to default-src may be spelled out in _headers, but not loosened.
      expect(directive(headerPolicy, d), `_headers ${d}`).toEqual(directive(meta, d));
    }
    for (const d of ['script-src', 'style-src'])
      expect(directive(headerPolicy, d) ?? directive(headerPolicy, 'default-src')).toEqual(
        directive(meta, d) ?? directive(meta, 'default-src'),
      );
  });

  it('public/_headers sends a policy for every path, without unsafe-inline or unsafe-eval, and ships in dist/', () => {
    expect(headers).toMatch(/^\/\*\s*$/m);
    expect(headerPolicy).toContain("default-src 'self'");
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy).not.toMatch(/unsafe-(inline|eval)/);
    for (const source of directive(headerPolicy, 'script-src') ?? ['missing'])
      expect(source).toMatch(/^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
    expect(readFileSync(path.join(site, '_headers'), 'utf8')).toBe(headers);
  });
});
