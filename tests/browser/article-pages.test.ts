import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../src/cli/bench/synthetic-articles';
import { axeViolations } from '../support/axe';
import { copySite } from '../support/site-copy';
import { useBuiltSite } from '../support/site';

// A site grown past two pages of articles (the real ones topped up to 60 with generated ones, so it
// stays on three pages as the real ones grow), built once for this file.
const copy = copySite();
let total = 0;
beforeAll(() => {
  const real = readdirSync(join(copy.dir, 'src/content/articles')).length;
  const generated = Math.max(1, 60 - real);
  total = real + generated;
  const roles = (JSON.parse(readFileSync(join(copy.dir, 'src/content/roles.json'), 'utf8')) as { id: string }[]).map(
    (role) => role.id,
  );
  for (const article of syntheticArticles(generated, {
    roles,
    links: ['/faq/'],
    sources: ['indigo-colton-pm-vs-obm'],
  })) {
    writeFileSync(join(copy.dir, 'src/content/articles', `${article.id}.md`), article.source);
  }
  const build = copy.build();
  if (build.status !== 0) throw new Error(`The build failed (${build.status}):\n${build.output.slice(-3000)}`);
}, 180_000);
afterAll(() => copy.remove());

const site = useBuiltSite({ root: join(copy.dir, 'dist') });

/** The article links listed on one page of the list. */
async function listed(path: string): Promise<string[]> {
  const { page, context } = await site.open(path);
  const hrefs = await page
    .locator('main article h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await context.close();
  return hrefs;
}

describe('the article list of a larger site', () => {
  it('shows 24 articles a page, every article exactly once, and no page past the last', async () => {
    const pages = [await listed('/articles/'), await listed('/articles/2/'), await listed('/articles/3/')];
    expect(total).toBeGreaterThan(48);
    expect(total).toBeLessThanOrEqual(72);
    expect(pages.map((hrefs) => hrefs.length)).toEqual([24, 24, total - 48]);
    const built = [
      ...readFileSync(join(copy.dir, 'dist/sitemap-0.xml'), 'utf8').matchAll(
        /<loc>[^<]*?(\/articles\/[a-z][^<]*)<\/loc>/g,
      ),
    ].map((match) => match[1]);
    expect(pages.flat().sort()).toEqual(built.sort());
    const { page, context } = await site.open('/articles/4/');
    expect(await page.locator('h1').textContent()).not.toMatch(/Articles/);
    await context.close();
  });

  it('links the pages in order, marks the current one, and gives each its own title and address', async () => {
    const { page, context } = await site.open('/articles/2/');
    const nav = page.getByRole('navigation', { name: 'Article pages' });
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/articles/');
    expect(await nav.locator('a[rel="next"]').getAttribute('href')).toBe('/articles/3/');
    expect(await nav.locator('a[aria-current="page"]').textContent()).toBe('2');
    expect(await page.title()).toContain('page 2 of 3');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/articles\/2\/$/);
    await context.close();
  });

  it('reaches the next page from the keyboard, with a visible focus ring, and passes axe in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await site.open('/articles/2/', { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      const next = page.getByRole('link', { name: 'Next' });
      await next.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await next.evaluate((link) => link === document.activeElement)).toBe(true);
      expect(await next.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none');
      await Promise.all([page.waitForURL(/\/articles\/3\/$/), page.keyboard.press('Enter')]);
      await context.close();
    }
  });
});
