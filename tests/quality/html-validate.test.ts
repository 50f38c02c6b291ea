/**
 * The HTML of every page of the built seed site conforms to the HTML
 * standard, as html-validate's "standard" preset checks it.
 */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { onePerType, pages, pageType } from './site.ts';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));

describe('html-validate', () => {
  const all = pages(inject('seedSite'));

  it('covers every page type', () => {
    expect(onePerType(all).map(pageType)).toEqual(
      expect.arrayContaining(['home', 'compare/detail']),
    );
  });

  it.each(onePerType(all).map((p) => [pageType(p), p.url] as const))(
    '%s (%s) and every page of its type validate',
    async (type) => {
      const problems: string[] = [];
      for (const page of all.filter((p) => pageType(p) === type)) {
        const report = await validator.validateString(page.html, page.url);
        for (const result of report.results)
          for (const m of result.messages)
            problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(problems).toEqual([]);
    },
  );
});
