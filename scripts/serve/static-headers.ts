/**
 * The headers a static host would add from `_headers` (Netlify's and
 * Cloudflare's format: a path pattern, then indented `Name: value` lines),
 * so that `npm start` sends the same security and caching headers as a
 * static host of the prerendered part. Patterns end in `*` or are exact paths.
 */
export type HeaderRules = { pattern: string; headers: [string, string][] }[];

export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length)
        rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for `pathname`, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRules, pathname: string): [string, string][] {
  return rules
    .filter(({ pattern }) =>
      pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
    )
    .flatMap((r) => r.headers);
}
