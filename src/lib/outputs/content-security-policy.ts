/**
 * The Content-Security-Policy every HTML page carries in a meta tag. Scripts,
 * styles, fonts and everything else load from this site only; images also
 * from data: URLs. No inline script runs (the pages have none: scripts are
 * files under /_astro/, and JSON blocks are data, not code), so no hash or
 * 'unsafe-inline' is needed. public/_headers sends the same policy plus what
 * a meta tag cannot carry (frame-ancestors); tests/quality/security.test.ts
 * checks that the two agree.
 *
 * Written here rather than by Astro's `security.csp`, which lists the hash of
 * every bundled script of the site on every page (about 400 bytes a page,
 * none of them needed for scripts loaded from 'self').
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";
