import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

/** The recommended rules, with the few exceptions this site has a reason for. */
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO heuristic, not validity: titles are the question or article title plus the site name,
    // and search engines shorten long titles themselves.
    'long-title': 'off',
    // Astro writes `<!doctype html>`; both spellings are valid HTML.
    'doctype-style': 'off',
    // HTML allows ids that start with a digit; Markdown headings like "1. How many…" produce them.
    'valid-id': ['error', { relaxed: true }],
    // The decision guide's form never submits: answers update the result in place, with no change
    // of context, which is what WCAG technique H32 is about.
    'wcag/h32': 'off',
    // Comparison tables state their table roles: in narrow containers they are displayed as
    // blocks, and a table whose CSS display changes loses its semantics in some browsers
    // (https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html).
    'no-redundant-role': 'off',
    // A group of checkboxes shares one name, as radios do: the planner's roles submit as
    // `roles=pm&roles=obm`, the standard encoding of a multiple choice.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const validator = new HtmlValidate(config);
const pages = builtPages();

describe('valid HTML', () => {
  it('checks every page of the build', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });
});
