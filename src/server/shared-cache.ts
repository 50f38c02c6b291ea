/**
 * The route cache's provider (Astro's Cache Provider API, a CDN provider): it
 * turns what a route asks for with `Astro.cache.set()` into the standard
 * headers any shared cache reads (a CDN, or nginx's proxy_cache):
 * `Cache-Control` with `s-maxage` and `stale-while-revalidate`, a short
 * `max-age` for browsers, `Cache-Tag` for purging by tag on CDNs that support
 * it, and `ETag` / `Last-Modified` for revalidation. It keeps nothing in
 * process: caching is the shared cache's job (README, "Deploying").
 */
import type { CacheOptions, CacheProvider, CacheProviderFactory } from 'astro';

/** Browsers keep a page this long; shared caches as long as the route asks (s-maxage). */
export const BROWSER_MAX_AGE = 300;

export function sharedCacheHeaders(options: CacheOptions): Headers {
  const headers = new Headers();
  if (options.maxAge !== undefined) {
    const directives = [
      'public',
      `max-age=${Math.min(BROWSER_MAX_AGE, options.maxAge)}`,
      `s-maxage=${options.maxAge}`,
    ];
    if (options.swr !== undefined) directives.push(`stale-while-revalidate=${options.swr}`);
    headers.set('Cache-Control', directives.join(', '));
  }
  if (options.tags?.length) headers.set('Cache-Tag', options.tags.join(','));
  if (options.etag) headers.set('ETag', options.etag);
  if (options.lastModified) headers.set('Last-Modified', options.lastModified.toUTCString());
  return headers;
}

const sharedCache: CacheProviderFactory = (): CacheProvider => ({
  name: 'shared-cache',
  setHeaders: (options) => sharedCacheHeaders(options),
  // Nothing is kept here; a CDN purges by the Cache-Tag headers (README, "Deploying").
  invalidate: async () => {},
});

export default sharedCache;
