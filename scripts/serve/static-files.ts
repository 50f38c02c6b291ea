/**
 * Serves the prerendered files of `client/` as the Node adapter's standalone
 * server does (through `send`: ETag, Last-Modified, ranges, HEAD, a directory
 * asked without its slash redirected to it, dotfiles refused), and hands
 * every request it has no file for to `next` (the Astro app).
 *
 * A pair's page, data.json and og.png are rendered on request unless the
 * pair was prerendered; which pairs were is read once from `client/compare/`,
 * so a request for any other pair goes straight to the app without a look at
 * the disk.
 */
import { readdirSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import send from 'send';

type Next = () => void;

/** `/compare/<slug>/…`: the pair's slug, or null for any other path. */
function pairSlug(pathname: string): string | null {
  if (!pathname.startsWith('/compare/')) return null;
  const end = pathname.indexOf('/', 9);
  return end > 9 ? pathname.slice(9, end) : null;
}

/** A path with no file extension and no trailing slash: Astro's URLs end in a slash. */
const wantsSlash = (pathname: string) =>
  !pathname.endsWith('/') && !path.posix.basename(pathname).includes('.');

export function staticFiles(client: string) {
  const prerenderedPairs = new Set(
    readdirSync(path.join(client, 'compare'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  return (req: http.IncomingMessage, res: http.ServerResponse, next: Next): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q >= 0 ? url.slice(0, q) : url;
    if (wantsSlash(pathname)) {
      res.writeHead(301, { Location: `${pathname}/${q >= 0 ? url.slice(q) : ''}` });
      res.end();
      return;
    }
    const slug = pairSlug(pathname);
    if (slug !== null && !prerenderedPairs.has(slug)) return next();
    let found = false;
    send(req, decodeURIComponent(pathname), {
      root: client,
      dotfiles: 'deny',
      index: ['index.html'],
    })
      .on('file', () => (found = true))
      .on('error', (error: { status?: number }) => {
        if (!found) return next();
        res.writeHead(error.status ?? 500);
        res.end();
      })
      .pipe(res);
  };
}
