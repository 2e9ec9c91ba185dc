import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();
const comparison = '/compare/project-manager-vs-online-business-manager/';

describe('a comparison page', () => {
  it('opens a shared row link with the row in view, below the sticky headers, and marked', async () => {
    const { page, context } = await site.open(`${comparison}#team-leadership`);
    const row = page.locator('#team-leadership');
    const box = await row.boundingBox();
    const header = await page.locator('body > header').boundingBox();
    const tableHead = await page.locator('.table-scroll thead').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual((header?.height ?? 0) - 1);
    expect(box!.y).toBeGreaterThanOrEqual((tableHead?.y ?? 0) + (tableHead?.height ?? 0) - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    const marked = await row.evaluate((el) => {
      const style = getComputedStyle(el);
      return { outline: style.outlineStyle, marker: getComputedStyle(el.querySelector('th')!, '::before').content };
    });
    expect(marked.outline).toBe('solid');
    expect(marked.marker).toContain('→');
    await context.close();
  });

  it('at 320 px scrolls the table, not the page, and the table region takes focus', async () => {
    const { page, context } = await site.open(comparison, { viewport: { width: 320, height: 700 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: /project manager vs online business manager/i });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await region.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });

  it('shows only the key rows when asked, and all rows again', async () => {
    const { page, context } = await site.open(comparison);
    const visibleRows = () => page.locator('tbody tr:visible').count();
    const all = await visibleRows();
    await page.getByLabel('Show only the key differences').check();
    const key = await visibleRows();
    expect(key).toBeGreaterThan(0);
    expect(key).toBeLessThan(all);
    expect(await page.locator('tbody tr[data-key]:visible').count()).toBe(key);
    await page.getByLabel('Show only the key differences').uncheck();
    expect(await visibleRows()).toBe(all);
    await context.close();
  });

  it('sends the reversed address to the canonical page', async () => {
    const { page, context } = await site.open('/compare/online-business-manager-vs-project-manager/');
    await page.waitForURL((url) => url.pathname.endsWith(comparison));
    expect(await page.locator('h1').textContent()).toMatch(/project manager vs online business manager/i);
    await context.close();
  });

  it('prints the whole table without controls', async () => {
    const { page, context } = await site.open(comparison);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByLabel('Show only the key differences').isVisible()).toBe(false);
    expect(await page.locator('a[data-module]:visible').count()).toBe(0);
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await context.close();
  });
});
