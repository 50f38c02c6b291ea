/** Date arithmetic of the data report, on YYYY-MM-DD dates. */

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The latest of some YYYY-MM-DD dates, undefined when there are none. */
export const newestDate = (dates: Iterable<string>): string | undefined => {
  let newest: string | undefined;
  for (const d of dates) if (newest === undefined || d > newest) newest = d;
  return newest;
};
