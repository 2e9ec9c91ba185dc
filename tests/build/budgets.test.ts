import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageResources } from '../../src/lib/html/page-resources';
import { pageTypeOf, pageTypes, type PageType } from '../../src/lib/build-checks/page-types';
import { pageWeight, type PageWeight } from '../../src/lib/build-checks/page-weight';
import { builtPages, distDir, isRedirect } from '../support/dist';

const KB = 1024;

/**
 * Gzip bytes a page may cost before the reader can read and use it. 14 KB is what a server sends
 * in its first round trip (ten TCP segments): a page and its CSS within it render without waiting
 * for a second one, on any connection. Every page carries only the CSS rules it uses
 * (src/middleware.ts), and lists are split into pages as they grow.
 *
 * JavaScript on load is the inline boot script (theme, and opening search with no wait) and the
 * one deferred module that fetches each interactive part on first use (src/client/on-first-use.ts,
 * cached for a year after the first page); neither holds up the first render.
 */
const onLoadJs = 2.5 * KB;
const budgets: Record<PageType, { htmlAndCss: number; js: number }> = {
  home: { htmlAndCss: 14 * KB, js: onLoadJs },
  article: { htmlAndCss: 14 * KB, js: onLoadJs },
  'article list': { htmlAndCss: 14 * KB, js: onLoadJs },
  tag: { htmlAndCss: 14 * KB, js: onLoadJs },
  comparison: { htmlAndCss: 14 * KB, js: onLoadJs },
  'comparison row': { htmlAndCss: 14 * KB, js: onLoadJs },
  'comparison list': { htmlAndCss: 14 * KB, js: onLoadJs },
  'FAQ answer': { htmlAndCss: 14 * KB, js: onLoadJs },
  'FAQ list': { htmlAndCss: 14 * KB, js: onLoadJs },
  // Long topics and the sources list are split into pages to stay within one round trip.
  'FAQ topic': { htmlAndCss: 14 * KB, js: onLoadJs },
  'source list': { htmlAndCss: 14 * KB, js: onLoadJs },
  source: { htmlAndCss: 14 * KB, js: onLoadJs },
  // The pages that are interactive from the start load their module at once.
  // Versioned shared links (guide-answers.js) read old links too.
  guide: { htmlAndCss: 14 * KB, js: 6 * KB },
  'guide result': { htmlAndCss: 14 * KB, js: 6 * KB },
  // The planner works out a plan from its URL at once: its element, the sums and their wording.
  planner: { htmlAndCss: 14 * KB, js: 6 * KB },
  // Search understands questions before it searches (src/lib/search/query.ts).
  search: { htmlAndCss: 14 * KB, js: 11 * KB },
  '404': { htmlAndCss: 14 * KB, js: 11 * KB },
  // "A few KB" in someone else's page: the framed table, its small stylesheet and the theme snippet.
  'comparison embed': { htmlAndCss: 7 * KB, js: 0.5 * KB },
  'comparison row embed': { htmlAndCss: 5 * KB, js: 0.5 * KB },
};

/** The site's one stylesheet is shared by every page; it should stay small on its own. */
const cssBudget = 6 * KB;

const lookup = (path: string) => {
  const file = join(distDir, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

const measured = builtPages()
  .filter((page) => !isRedirect(page))
  .flatMap((page) => {
    const type = pageTypeOf(page.path);
    return type ? [{ ...page, type, weight: pageWeight(page.html, page.path, lookup) }] : [];
  });

const over = (type: PageType, field: (weight: PageWeight) => number, limit: number) =>
  measured
    .filter((page) => page.type === type && field(page.weight) > limit)
    .map((page) => `${page.path}: ${field(page.weight)} bytes gzip, budget ${limit}`);

describe('page weight budgets (gzip)', () => {
  it('measures every page type', () => {
    expect(new Set(measured.map((page) => page.type))).toEqual(new Set(pageTypes));
  });

  describe.each(pageTypes)('%s pages', (type) => {
    const budget = budgets[type];
    it(`fit HTML and render-blocking CSS in ${budget.htmlAndCss} bytes`, () => {
      // Inline CSS is part of the HTML already; a linked stylesheet is a second request.
      expect(over(type, (weight) => weight.html + weight.externalCss, budget.htmlAndCss)).toEqual([]);
    });
    it(`run at most ${budget.js} bytes of JavaScript before the reader does anything`, () => {
      expect(over(type, (weight) => weight.js, budget.js)).toEqual([]);
    });
    it('render from one request: no external stylesheet', () => {
      expect(over(type, (weight) => weight.externalCss, 0)).toEqual([]);
    });
    it(`block rendering on at most ${cssBudget} bytes of CSS`, () => {
      expect(over(type, (weight) => weight.css, cssBudget)).toEqual([]);
    });
  });

  it('lets no web font hold up the first paint', () => {
    const blocking = measured.flatMap((page) =>
      pageResources(page.html).stylesheets.flatMap((href) => {
        const css = lookup(new URL(href, `https://site.invalid${page.path}`).pathname) ?? '';
        return [...css.matchAll(/@font-face\s*{[^}]*}/g)]
          .map((match) => match[0])
          .filter((rule) => !/font-display:\s*(swap|optional|fallback)/.test(rule))
          .map((rule) => `${page.path}: ${rule}`);
      }),
    );
    expect([...new Set(blocking)]).toEqual([]);
    const preloadedFonts = measured.filter((page) => /<link[^>]+as="font"/.test(page.html)).map((page) => page.path);
    expect(preloadedFonts).toEqual([]);
  });
});

describe('images', () => {
  it('give every <img> its width and height, so nothing moves when it loads', () => {
    const missing = measured.flatMap((page) =>
      [...page.document.querySelectorAll('img')]
        .filter(
          (img) => !/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? ''),
        )
        .map((img) => `${page.path}: ${img.outerHTML}`),
    );
    expect(missing).toEqual([]);
  });
});
