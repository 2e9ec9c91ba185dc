import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '../../src/lib/build-checks/page-types';
import { axeViolations } from '../support/axe';
import { distDir } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

/** Every page a search engine is told about. */
const sitemapPaths = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1] as string).pathname,
);
const byType = Map.groupBy(sitemapPaths, (path) => pageTypeOf(path) ?? 'other');
/**
 * Row and source pages are one template each filled with a sentence or two of text; every tenth
 * of them stands for the rest, which keeps the sweep within CI's minutes as they multiply.
 */
const oneTemplateMany = new Set(['comparison row', 'source']);
const sweep = [...byType].flatMap(([type, paths]) =>
  oneTemplateMany.has(type) ? paths.filter((_, index) => index % 10 === 0) : paths,
);
/** Themes and widths change styles, not content: two pages of every type show each template in them. */
const templates = [...byType.values()].flatMap((paths) => paths.slice(0, 2));

describe.each([
  { width: 1280, theme: 'light' as const, paths: sweep },
  { width: 1280, theme: 'dark' as const, paths: templates },
  { width: 390, theme: 'light' as const, paths: templates },
  { width: 390, theme: 'dark' as const, paths: templates },
])('axe at $width px in the $theme theme', ({ width, theme, paths }) => {
  it(`finds no WCAG 2.2 A/AA violation on any of the ${paths.length} pages`, { timeout: 300_000 }, async () => {
    expect(paths.length).toBeGreaterThan(20);
    const { page, context } = await site.open('/', {
      viewport: { width, height: 900 },
      colorScheme: theme,
      bypassCSP: true,
    });
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
      for (const problem of await axeViolations(page)) problems.push(`${path} ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
