/**
 * The font packages of the sharing images (src/og/fonts.ts), also part of the
 * drawing's version (src/og/drawing-version.ts).
 */
/** Font packages in the order a character is looked up: the first that covers it draws it. */
export const FONT_PACKAGES = [
  { family: 'Inter', pkg: '@fontsource/inter', prefix: 'inter' },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc' },
  { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', prefix: 'noto-sans-jp' },
  { family: 'Noto Sans KR', pkg: '@fontsource/noto-sans-kr', prefix: 'noto-sans-kr' },
  { family: 'Noto Sans Arabic', pkg: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic' },
  {
    family: 'Noto Sans Devanagari',
    pkg: '@fontsource/noto-sans-devanagari',
    prefix: 'noto-sans-devanagari',
  },
  { family: 'Noto Sans Hebrew', pkg: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew' },
  { family: 'Noto Sans Thai', pkg: '@fontsource/noto-sans-thai', prefix: 'noto-sans-thai' },
] as const;
