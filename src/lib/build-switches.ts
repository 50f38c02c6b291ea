/**
 * Optional outputs a benchmark may leave out: OG_IMAGES=off (sharing images)
 * and PAIR_JSON=off (each pair's data.json). Both are on unless switched off.
 * PAGE_BUNDLE=off makes a rebuild start Astro even when the last build kept
 * its page bundle (scripts/build/page-bundle.ts); the pages are the same.
 */
export function switchedOff(name: 'OG_IMAGES' | 'PAIR_JSON' | 'PAGE_BUNDLE', env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(off|0|false|no)$/i.test(env[name] ?? '');
}
