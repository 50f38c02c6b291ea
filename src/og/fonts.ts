/**
 * The fonts of the sharing images, from npm font packages (@fontsource, WOFF
 * files, which satori reads): Inter for Latin, Greek, Cyrillic and
 * Vietnamese, then Noto Sans SC, JP and KR for Chinese, Japanese and Korean,
 * and Noto Sans Arabic, Devanagari, Hebrew and Thai. Each package is cut into
 * subsets by Unicode range (its unicode.json); a text loads only the subsets
 * that hold its characters, the CJK fonts being about a hundred subsets each.
 * What no subset covers cannot be drawn: the schema refuses it in names
 * (undrawableCharacter), so every name the catalogue accepts is drawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_PACKAGES } from './font-packages.ts';
import { projectRoot } from './project-root.ts';

/** The subsets every card uses (its own text is Latin): Inter's Latin ones. */
const BASE = ['Inter/latin', 'Inter/latin-ext'];
const WEIGHTS = [400, 700] as const;

export interface Subset {
  /** `Noto Sans SC/119`: family and subset name. */
  key: string;
  family: string;
  /** The WOFF file of a weight, relative to the package. */
  file: (weight: number) => string;
  pkg: string;
}

export type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const require = createRequire(path.join(projectRoot(), 'package.json'));

/** Code point ranges of every subset, in lookup order, read once from the packages' unicode.json. */
let index: { start: number; end: number; subset: Subset }[] | undefined;
function coverage() {
  index ??= FONT_PACKAGES.flatMap(({ family, pkg, prefix }) => {
    const ranges = JSON.parse(
      readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8'),
    ) as Record<string, string>;
    return Object.entries(ranges).flatMap(([name, list]) => {
      const id = name.replace(/^\[(\d+)\]$/, '$1');
      const subset: Subset = {
        key: `${family}/${id}`,
        family,
        pkg,
        file: (weight) => `files/${prefix}-${id}-${weight}-normal.woff`,
      };
      return list.split(',').map((range) => {
        const [start, end = start] = range
          .trim()
          .replace(/^U\+/i, '')
          .split('-')
          .map((hex) => parseInt(hex, 16));
        return { start: start!, end: end!, subset };
      });
    });
  });
  return index;
}

/**
 * Hangul is drawn in Noto Sans KR and kana in Noto Sans JP: Noto Sans SC's
 * subsets list a few of them without drawing all of them at every weight.
 */
const PREFERRED: { family: string; ranges: [number, number][] }[] = [
  {
    family: 'Noto Sans KR',
    ranges: [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xa960, 0xa97f],
      [0xac00, 0xd7ff],
    ],
  },
  {
    family: 'Noto Sans JP',
    ranges: [
      [0x3040, 0x30ff],
      [0x31f0, 0x31ff],
      [0xff66, 0xff9f],
    ],
  },
];

/** The subset that draws `codePoint`: its script's font, else the first that holds it; undefined when no font does. */
export function subsetFor(codePoint: number): Subset | undefined {
  const holds = (r: { start: number; end: number }) => codePoint >= r.start && codePoint <= r.end;
  const preferred = PREFERRED.find((p) =>
    p.ranges.some(([start, end]) => holds({ start, end })),
  )?.family;
  return (
    (preferred && coverage().find((r) => r.subset.family === preferred && holds(r))?.subset) ||
    coverage().find(holds)?.subset
  );
}

/** `"ᚠ" (U+16A0)` for the first character of `text` no font of the images holds, or undefined. */
export function undrawableCharacter(text: string): string | undefined {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !subsetFor(cp))
      return `"${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  }
  return undefined;
}

const files = new Map<string, Buffer>();
const lists = new Map<string, SatoriFont[]>();

/**
 * The fonts satori needs for `texts`: Inter's Latin subsets, then each subset
 * holding a character they lack, at both weights. The same set of subsets
 * gives the same array, which satori keeps its parsed fonts for.
 */
export function fontsFor(texts: Iterable<string>): SatoriFont[] {
  const keys = new Set(BASE);
  const subsets = new Map<string, Subset>();
  for (const text of texts) {
    for (const ch of text) {
      const subset = subsetFor(ch.codePointAt(0)!);
      if (subset && !subsets.has(subset.key)) subsets.set(subset.key, subset);
    }
  }
  for (const key of BASE) subsets.set(key, coverage().find((r) => r.subset.key === key)!.subset);
  for (const key of subsets.keys()) keys.add(key);
  const listKey = [...keys].join('|');
  let list = lists.get(listKey);
  if (!list) {
    list = [...keys].flatMap((key) => {
      const subset = subsets.get(key)!;
      return WEIGHTS.map((weight) => {
        const file = require.resolve(`${subset.pkg}/${subset.file(weight)}`);
        let data = files.get(file);
        if (!data) files.set(file, (data = readFileSync(file)));
        // satori keeps one font per name and weight: each subset is a font of its own name,
        // and the card's text, set in Inter, falls back through them in this order.
        return {
          name: key === BASE[0] ? subset.family : key,
          data,
          weight,
          style: 'normal' as const,
        };
      });
    });
    lists.set(listKey, list);
  }
  return list;
}
