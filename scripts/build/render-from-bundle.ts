/**
 * Renders the pages of a rebuild from the page bundle the previous build of
 * the same code kept (scripts/build/page-bundle.ts), without starting Astro:
 * importing Astro and Vite (about 1,100 modules), its setup and bundling the
 * pages again took 2.0-2.9 s of a 4.5-5.1 s one-record rebuild at 200 models,
 * rendering the 199 pages that changed 1.25-1.46 s.
 *
 * It does what Astro's static generation does with the same bundle
 * (astro/dist/core/build/generate.js, default-prerenderer.js): the bundle's
 * app, given the stylesheets of each route (from the manifest Astro wrote into
 * the bundle), lists every page's path (StaticPaths, as Astro does: the pages
 * list only what the build selected, src/lib/render-selection.ts), renders
 * each, 32 at a time, and writes it where Astro would. It supports what this
 * site uses: static output, `build.format: 'directory'`, no redirects,
 * fallbacks, i18n or injected scripts. The rebuild tests compare the output
 * with a clean build's byte for byte (tests/pages/incremental-build.test.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/** The page bundle's manifest, as far as it is read here. */
interface BundleManifest {
  site?: string;
  base: string;
  trailingSlash: string;
  buildFormat: string;
  routes: { styles: unknown[]; routeData: RouteData }[];
}

interface RouteData {
  route: string;
  component: string;
  type: string;
  prerender: boolean;
  pathname?: string;
}

interface BundleApp {
  manifest: BundleManifest;
  logger: { options: { destination: unknown } };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

const CONCURRENCY = 32;

/** Astro's own helpers for where a page goes and what its request is, from its installed package. */
async function astroHelpers() {
  const astro = new URL('.', import.meta.resolve('astro/package.json'));
  const [{ getOutFolder, getOutFile }, { createRequest }, { StaticPaths }] = await Promise.all([
    import(new URL('dist/core/build/common.js', astro).href),
    import(new URL('dist/core/request.js', astro).href),
    import('astro/runtime/prerender/static-paths.js'),
  ]);
  return { getOutFolder, getOutFile, createRequest, StaticPaths };
}

/** Loads the bundle and Astro's helpers; call early, it runs while the data is checked. */
export async function openBundle(entry: string) {
  const [bundle, helpers] = await Promise.all([import(pathToFileURL(entry).href) as Promise<{ app: BundleApp }>, astroHelpers()]);
  const { app } = bundle;
  const { manifest } = app;
  if (manifest.buildFormat !== 'directory' || manifest.routes.some((r) => r.routeData.type === 'redirect' || r.routeData.type === 'fallback')) {
    throw new Error('the kept page bundle uses build settings this renderer does not support');
  }
  // What Astro's build environment reads of its build state while rendering: each
  // route's stylesheets (in the order the manifest lists them) and the injected scripts (none).
  const pagesByKeys = new Map(manifest.routes.map(({ routeData, styles }) => [`${routeData.route}&${routeData.component}`, { styles: styles.map((sheet, order) => ({ depth: 0, order, sheet })) }]));
  app.setInternals({ pagesByKeys });
  app.setOptions({ settings: { scripts: [] }, logger: { options: { destination: app.logger.options.destination } } });
  return { app, helpers };
}

/** Renders every page the pages list into outDir; the number of files written. */
export async function renderFromBundle({ app, helpers }: Awaited<ReturnType<typeof openBundle>>, outDir: string): Promise<number> {
  const { manifest } = app;
  const settings = { buildOutput: 'static', config: { outDir: pathToFileURL(outDir.endsWith('/') ? outDir : `${outDir}/`), build: { format: manifest.buildFormat } } };
  const origin = manifest.site ? new URL(manifest.site).origin : 'http://localhost';
  const seen = new Set<string>();
  const paths = (await new helpers.StaticPaths(app as never).getAll()).filter(({ pathname }: { pathname: string }) => {
    // As Astro does: of two routes with the same path, the first wins.
    const key = pathname.replace(/\/$/, '');
    return !seen.has(key) && seen.add(key);
  }) as { pathname: string; route: RouteData }[];

  let written = 0;
  const renderOne = async ({ pathname, route }: { pathname: string; route: RouteData }) => {
    const request = helpers.createRequest({ url: urlForPath(pathname, route, manifest, origin), headers: new Headers(), logger: app.logger, isPrerendered: true, routePattern: route.component });
    const response = await app.render(request, { routeData: route });
    if (response.status >= 300 && response.status < 400) throw new Error(`${pathname} answered with a redirect, which the kept-bundle renderer does not write`);
    if (!response.body) return;
    const encoded = encodeURI(pathname);
    const folder = helpers.getOutFolder(settings, encoded, route);
    await mkdir(folder, { recursive: true });
    await writeFile(helpers.getOutFile(manifest.buildFormat, folder, encoded, route), Buffer.from(await response.arrayBuffer()));
    written++;
  };
  let next = 0;
  const worker = async () => {
    while (next < paths.length) await renderOne(paths[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return written;
}

/** The URL Astro requests a page at (getUrlForPath in astro/dist/core/build/generate.js, for the directory format). */
function urlForPath(pathname: string, route: RouteData, manifest: BundleManifest, origin: string): URL {
  const base = manifest.base.endsWith('/') ? manifest.base : `${manifest.base}/`;
  const ending = manifest.trailingSlash === 'never' ? '' : '/';
  const relative = pathname.replace(/^\//, '');
  let url: string;
  if (relative === '') url = manifest.trailingSlash === 'never' ? base.replace(/\/$/, '') || '/' : base;
  else if (route.type === 'endpoint') {
    url = base + relative;
    if (manifest.trailingSlash === 'always' && !/\.[^/]+$/.test(relative)) url = `${url.replace(/\/$/, '')}/`;
    else if (manifest.trailingSlash === 'never') url = url.replace(/\/$/, '');
  } else url = base + relative.replace(/\/$/, '') + ending;
  return new URL(url, origin);
}
