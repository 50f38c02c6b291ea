/**
 * The version of the drawing, part of every cached card's name
 * (src/og/card-cache.ts): a card is redrawn when the layout or any package
 * that draws it changes. Read from package manifests only, so a build whose
 * cards are all cached never loads satori, resvg or sharp.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_PACKAGES } from './font-packages.ts';
import { projectRoot } from './project-root.ts';

/** Bump when the layout, the composition or the choice of fonts changes (src/og/card-layout.ts, draw-card.ts, fonts.ts): every cached image is then redrawn. */
const DRAWING_REVISION = 3;

const require = createRequire(path.join(projectRoot(), 'package.json'));

/** A package's version, from the package.json above its entry point (not every package exports its manifest). */
function packageVersion(name: string): string {
  for (
    let dir = path.dirname(require.resolve(name));
    dir !== path.dirname(dir);
    dir = path.dirname(dir)
  ) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (found === name && version) return version;
  }
  throw new Error(`no package.json with a version found for ${name}`);
}

// A sharp release pins the libvips it is built with, and so its PNG encoder.
export const DRAWING_VERSION = `card-${DRAWING_REVISION}/satori-${packageVersion('satori')}/resvg-${packageVersion('@resvg/resvg-js')}/sharp-${packageVersion('sharp')}/${FONT_PACKAGES.map((f) => `${f.pkg.replace('@fontsource/', '')}-${packageVersion(f.pkg)}`).join('/')}`;
