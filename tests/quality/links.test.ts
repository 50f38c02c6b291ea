/** Every internal link, asset and anchor of the built seed site resolves. */
import { describe, expect, inject, it } from 'vitest';
import { anchors, fileFor, pages, references, resolve } from './site.ts';

/** Pages rendered on request only (no file in the build): the side-by-side view. tests/browser/screens.test.ts loads it through the server. */
const ON_DEMAND = new Set(['/compare/']);

describe('internal links in dist/', () => {
  const site = inject('seedSite');
  const all = pages(site);
  const byFile = new Map(all.map((p) => [p.file, p]));

  it('finds pages to check', () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it('every internal href, src and action points at a file that exists, and every #anchor at an id on it', () => {
    const broken: string[] = [];
    for (const page of all) {
      const own = anchors(page);
      for (const ref of references(page)) {
        const target = resolve(ref);
        if (!target.internal) continue;
        if (ON_DEMAND.has(target.path) && !target.fragment) continue;
        const samePage = ref.value.startsWith('#');
        const file = samePage ? page.file : fileFor(site, target.path);
        if (!file) {
          broken.push(
            `${page.url}: <${ref.tag} ${ref.attr}="${ref.value}"> → no file for ${target.path}`,
          );
          continue;
        }
        if (!target.fragment) continue;
        const ids = samePage ? own : byFile.get(file) ? anchors(byFile.get(file)!) : undefined;
        if (!ids?.has(target.fragment))
          broken.push(
            `${page.url}: <${ref.tag} ${ref.attr}="${ref.value}"> → no id "${target.fragment}"`,
          );
      }
    }
    expect(broken).toEqual([]);
  });

  it('aria-labelledby, aria-describedby, label[for] and aria-controls name ids on the same page', () => {
    const broken: string[] = [];
    for (const page of all) {
      const ids = anchors(page);
      page.$('[aria-labelledby], [aria-describedby], [aria-controls], label[for]').each((_, el) => {
        for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
          for (const id of (page.$(el).attr(attr) ?? '').split(/\s+/).filter(Boolean))
            if (!ids.has(id)) broken.push(`${page.url}: ${attr}="${id}"`);
        }
      });
    }
    expect(broken).toEqual([]);
  });

  it('no id is defined twice on a page', () => {
    const twice: string[] = [];
    for (const page of all) {
      const seen = new Set<string>();
      page.$('[id]').each((_, el) => {
        const id = page.$(el).attr('id')!;
        if (seen.has(id)) twice.push(`${page.url}: #${id}`);
        seen.add(id);
      });
    }
    expect(twice).toEqual([]);
  });
});
