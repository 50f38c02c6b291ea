/**
 * The page at a pair's reversed URL (/compare/<b>-vs-<a>/): a static-host
 * redirect (meta refresh) to the canonical page, carrying its canonical link
 * and noindex. A plain string, not an Astro page, so that the build's data
 * thread writes the 50,000 of them at 317 models on the second core
 * (scripts/build/data-thread.ts) instead of Astro's one rendering thread;
 * src/pages/compare/[reversed].astro serves the same string in the dev server.
 */
import { escape } from 'html-escaper';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { pairPath, type Pair } from './pairs.ts';

export interface RedirectPage {
  /** The reversed slug, `<b>-vs-<a>`: the folder the page lives in under /compare/. */
  slug: string;
  /** The canonical pair path, `/compare/<a>-vs-<b>/`. */
  target: string;
  /** "A vs B", the two names in canonical order. */
  heading: string;
}

/** The reversed URL of every pair, for redirect pages: /compare/<b>-vs-<a>/ → canonical. */
export function* reversedPairs(pairs: Iterable<Pair>): Generator<RedirectPage> {
  for (const pair of pairs) yield { slug: `${pair.b.id}-vs-${pair.a.id}`, target: pairPath(pair), heading: `${pair.a.name} vs ${pair.b.name}` };
}

/** The whole HTML document of a redirect page; `site` is the public origin its canonical link starts with. */
export function redirectPageHtml(page: RedirectPage, site: string): string {
  const target = escape(page.target);
  const heading = escape(page.heading);
  const canonical = escape(new URL(page.target, site).href);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
    // The policy is this project's constant: no quote or ampersand in it to escape.
    `<meta http-equiv="content-security-policy" content="${CONTENT_SECURITY_POLICY}">` +
    `<title>${heading} | llm-compare</title><link rel="canonical" href="${canonical}">` +
    `<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${target}">` +
    `</head><body><p>This comparison lives at <a href="${target}">${heading}</a>.</p></body></html>`
  );
}
