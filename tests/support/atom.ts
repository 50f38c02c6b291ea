/** Validity of an Atom document (RFC 4287): well-formed XML with the required feed and entry elements. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Checks a document against RFC 4287's required elements; returns the parsed feed. */
export function expectValidAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'author'].includes(name),
  }).parse(xml);
  const feed = doc.feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  expect(String(feed.id)).toMatch(/^https?:\/\//);
  expect(String(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(dateTime);
  expect(
    feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && l['@href'] === feed.id),
  ).toBe(true);
  expect(feed.author[0].name).toBeTruthy();
  const ids = new Set<string>();
  for (const entry of feed.entry ?? []) {
    expect(String(entry.id)).toMatch(/^https?:\/\//);
    ids.add(String(entry.id));
    expect(String(entry.title).length).toBeGreaterThan(0);
    expect(entry.updated).toMatch(dateTime);
    expect(entry.updated <= feed.updated).toBe(true);
    expect(
      entry.link.some(
        (l: Record<string, string>) =>
          (l['@rel'] ?? 'alternate') === 'alternate' && /^https?:\/\//.test(l['@href'] ?? ''),
      ),
    ).toBe(true);
  }
  expect(ids.size).toBe((feed.entry ?? []).length);
  return feed;
}
