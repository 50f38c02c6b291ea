/** Reading built pages in tests, parsed with cheerio. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function readPage(site: string, urlPath: string): CheerioAPI {
  return load(readFileSync(path.join(site, urlPath, 'index.html'), 'utf8'));
}

/** Text with whitespace folded. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The folded text of the <section> labelled by the h2 with this id. */
export function sectionText($: CheerioAPI, id: string): string {
  const section = $(`section[aria-labelledby="${id}"]`);
  if (section.length !== 1)
    throw new Error(`expected one section "${id}", found ${section.length}`);
  return fold(section.text());
}

/** Rows of the first table in a section: header cell text, then data cells. */
export function tableRows($: CheerioAPI, id: string): string[][] {
  return $(`section[aria-labelledby="${id}"] table tbody tr`)
    .toArray()
    .map((tr) =>
      $(tr)
        .children('th,td')
        .toArray()
        .map((c) => fold($(c).text())),
    );
}
