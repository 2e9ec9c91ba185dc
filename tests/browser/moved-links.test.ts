import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/content/slugify';
import { renameInCopy, renames } from '../support/renames';
import { copySite } from '../support/site-copy';
import { useBuiltSite } from '../support/site';

// A copy of the site where a row, an article and an FAQ were renamed with their moves declared.
const copy = copySite();
beforeAll(() => {
  renameInCopy(copy, true);
  const build = copy.build();
  if (build.status !== 0) throw new Error(`The renamed build failed (${build.status}):\n${build.output.slice(-3000)}`);
}, 180_000);
afterAll(() => copy.remove());

const site = useBuiltSite({ root: join(copy.dir, 'dist') });
const { comparison, row, article, faq } = renames;

/** The element is on screen and not hidden under the sticky site header. */
async function inViewBelowHeader(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const header = await page.locator('body > header').boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual((header?.height ?? 0) - 1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(900);
}

describe('links shared before a rename', () => {
  it('an old row anchor scrolls to the renamed row, below the sticky headers, and marks it', async () => {
    const { page, context } = await site.open(`/compare/${comparison}/#${row.from}`);
    await inViewBelowHeader(page, `#${row.to}`);
    const tableHead = await page.locator('.table-scroll thead').boundingBox();
    const box = await page.locator(`#${row.to}`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual((tableHead?.y ?? 0) + (tableHead?.height ?? 0) - 1);
    expect(await page.locator(`#${row.to}`).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await context.close();
  });

  it('an old row page lands on the renamed row page', async () => {
    const { page, context } = await site.open(`/compare/${comparison}/${row.from}/`);
    await page.waitForURL((url) => url.pathname === `/compare/${comparison}/${row.to}/`);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('an old article link lands on the article, keeping the section it pointed at', async () => {
    const heading = 'Phase 2: building, with the team doing the work';
    const { page, context } = await site.open(`/articles/${article.from}/#${slugify(heading)}`);
    await page.waitForURL((url) => url.pathname === `/articles/${article.to}/`);
    expect(new URL(page.url()).hash).toBe(`#${slugify(heading)}`);
    await context.close();
  });

  it('an old FAQ anchor lands on the renamed answer, and the old FAQ page redirects', async () => {
    const { page, context } = await site.open(`/faq/#${faq.from}`);
    await inViewBelowHeader(page, `#${faq.to}`);
    await page.goto(new URL(`faq/${faq.from}/`, site.url).href);
    await page.waitForURL((url) => url.pathname === `/faq/${faq.to}/`);
    await context.close();
  });
});
