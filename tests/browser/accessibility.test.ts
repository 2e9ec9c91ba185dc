import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { distDir } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

/** Every page a search engine is told about. */
const sitemapPaths = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1] as string).pathname,
);

describe.each([
  { width: 1280, theme: 'light' as const },
  { width: 1280, theme: 'dark' as const },
  { width: 390, theme: 'light' as const },
  { width: 390, theme: 'dark' as const },
])('axe at $width px in the $theme theme', ({ width, theme }) => {
  it(`finds no WCAG 2.2 A/AA violation on any of the ${sitemapPaths.length} pages`, { timeout: 300_000 }, async () => {
    expect(sitemapPaths.length).toBeGreaterThan(20);
    const { page, context } = await site.open('/', {
      viewport: { width, height: 900 },
      colorScheme: theme,
      bypassCSP: true,
    });
    const problems: string[] = [];
    for (const path of sitemapPaths) {
      await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
      for (const problem of await axeViolations(page)) problems.push(`${path} ${problem}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
