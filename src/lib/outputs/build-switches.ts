/**
 * Optional outputs a benchmark may leave out: OG_IMAGES=off (sharing images)
 * and PAIR_JSON=off (each pair's data.json). Both are on unless switched off.
 */
export function switchedOff(
  name: 'OG_IMAGES' | 'PAIR_JSON',
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return /^(off|0|false|no)$/i.test(env[name] ?? '');
}
