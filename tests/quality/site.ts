/** Reading a built site as a whole: its pages, their types, links and ids. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import fg from 'fast-glob';

export const SITE_ORIGIN = 'https://llm-compare.example';

export interface Page {
  /** Site path, e.g. "/compare/a-vs-b/" or "/404.html". */
  url: string;
  file: string;
  html: string;
  $: CheerioAPI;
}

/** Every HTML page of a built site, in path order. */
export function pages(site: string): Page[] {
  return [...readPages(site)];
}

/**
 * The pages one at a time, each parsed only when its `$` is first used: a
 * full catalogue's 74,000 pages are more than memory holds at once.
 */
export function* readPages(site: string): Generator<Page> {
  for (const rel of fg.sync('**/*.html', { cwd: site }).sort()) {
    const html = readFileSync(path.join(site, rel), 'utf8');
    const url =
      rel === 'index.html'
        ? '/'
        : rel.endsWith('/index.html')
          ? `/${rel.slice(0, -'index.html'.length)}`
          : `/${rel}`;
    let parsed: CheerioAPI | undefined;
    yield {
      url,
      file: path.join(site, rel),
      html,
      get $() {
        return (parsed ??= load(html));
      },
    };
  }
}

/** Whether a page asks search engines not to index it. */
export function isNoindex(page: Pick<Page, 'html'>): boolean {
  return /<meta name="robots" content="[^"]*noindex/.test(page.html);
}

/** "home", "compare/detail", "models/index", "404.html"…: one name per page type. */
export function pageType(page: Pick<Page, 'url' | 'html'>): string {
  const url = page.url;
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return url.endsWith('/') ? `${parts[0]}/index` : parts[0]!;
  return `${parts[0]}/detail`;
}

/** One page of each type: the first by path that search engines may index, else the first. Keeps only those. */
export function onePerType(all: Iterable<Page>): Page[] {
  const seen = new Map<string, Page>();
  for (const p of all) {
    const first = seen.get(pageType(p));
    if (!first || (isNoindex(first) && !isNoindex(p))) seen.set(pageType(p), p);
  }
  return [...seen.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The file a site URL is served from, or undefined if there is none. */
export function fileFor(site: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const direct = path.join(site, decoded);
  if (!direct.startsWith(site)) return undefined;
  if (decoded.endsWith('/'))
    return existsSync(path.join(direct, 'index.html'))
      ? path.join(direct, 'index.html')
      : undefined;
  return existsSync(direct) && statSync(direct).isFile() ? direct : undefined;
}

export interface Reference {
  page: string;
  attr: string;
  value: string;
  tag: string;
}

/** Every href, src and action on a page. */
export function references(page: Page): Reference[] {
  const out: Reference[] = [];
  page.$('[href], [src], [action], [srcset]').each((_, el) => {
    for (const attr of ['href', 'src', 'action']) {
      const value = page.$(el).attr(attr);
      if (value !== undefined)
        out.push({ page: page.url, attr, value, tag: (el as { tagName: string }).tagName });
    }
  });
  return out;
}

/** Resolves a reference against its page: an internal path (with fragment) or an external URL. */
export function resolve(
  ref: Reference,
): { internal: true; path: string; fragment: string } | { internal: false; url: URL } {
  const url = new URL(ref.value, `${SITE_ORIGIN}${ref.page}`);
  if (url.origin !== SITE_ORIGIN) return { internal: false, url };
  return { internal: true, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** Ids (and named anchors) a page defines. */
export function anchors(page: Page): Set<string> {
  const ids = new Set<string>();
  page.$('[id]').each((_, el) => void ids.add(page.$(el).attr('id')!));
  page.$('a[name]').each((_, el) => void ids.add(page.$(el).attr('name')!));
  return ids;
}
