/**
 * Head metadata shared by every page: title, description, canonical path,
 * breadcrumbs (shown to search engines as JSON-LD) and the sharing image.
 */

export interface Crumb {
  name: string;
  /** Site-relative path, e.g. "/models/". */
  path: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Site-relative canonical path, with the trailing slash. */
  path: string;
  /** The trail from the home page to this page, this page last. */
  breadcrumbs: Crumb[];
  noindex?: boolean;
  /** Site-relative path of a 1200×630 sharing image, when the page has one. */
  image?: string;
  /** Open Graph type. */
  type?: 'website' | 'article';
}

export const SITE_NAME = 'llm-compare';
export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };

/** A trail starting at the home page. */
export function trail(...rest: Crumb[]): Crumb[] {
  return [HOME_CRUMB, ...rest];
}

/** schema.org BreadcrumbList as a JSON string safe inside a <script> element. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL | string): string {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: new URL(c.path, site).href,
    })),
  });
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** Clips text to `max` characters at a word boundary, with an ellipsis. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
