/**
 * Gate findings in code owned by others, reported and awaiting their fix.
 * A gate fails on any finding not listed here, and also when a listed one is
 * gone (so the list only shrinks). Remove an entry with its fix.
 */
export const KNOWN_ISSUES: Record<string, string[]> = {
  // src/pages/404.astro: the canonical URL of the 404 page is /404/, which does not exist (the page is /404.html).
  links: ['/404.html: <link href="https://llm-compare.example/404/"> → no file for /404/'],
};

/** Findings minus the known ones; throws if a known finding no longer occurs. */
export function unexpected(gate: string, findings: string[]): string[] {
  const known = KNOWN_ISSUES[gate] ?? [];
  const gone = known.filter((k) => !findings.includes(k));
  if (gone.length > 0) throw new Error(`fixed, remove from tests/quality/known-issues.ts: ${gone.join('; ')}`);
  return findings.filter((f) => !known.includes(f));
}
