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

  it.each([320, 390])(
    'at %i px fits the width: each row reads as its dimension, then a labelled value per role',
    async (width) => {
      const { page, context } = await site.open(comparison, { viewport: { width, height: 800 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const region = page.locator('.table-scroll');
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const row = page.locator('#scope');
      const [header, first, second] = await Promise.all([
        row.locator('th').boundingBox(),
        row.locator('td').nth(0).boundingBox(),
        row.locator('td').nth(1).boundingBox(),
      ]);
      expect(header!.y).toBeLessThan(first!.y);
      expect(first!.y).toBeLessThan(second!.y);
      expect(first!.width).toBeGreaterThan(width * 0.7);
      const labels = await row.locator('td .cell-label').allTextContents();
      expect(labels.map((label) => label.trim())).toEqual(['Project Manager (PM)', 'Online Business Manager (OBM)']);
      expect(await row.locator('td .cell-label').first().isVisible()).toBe(true);
      await context.close();
    },
  );

  it('at 320 px is still a table to assistive technology, with the visible labels left out', async () => {
    const { page, context } = await site.open(comparison, { viewport: { width: 320, height: 800 } });
    // Chromium's own accessibility tree, not what the markup says it should be.
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[];
    };
    const roles = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role);
    expect(roles('table')).toHaveLength(1);
    expect(roles('columnheader').map((node) => node.name?.value)).toEqual([
      'Dimension',
      'Project Manager (PM)',
      'Online Business Manager (OBM)',
    ]);
    const rows = await page.locator('tbody tr').count();
    expect(roles('rowheader').length).toBe(rows);
    expect(roles('cell').length).toBe(rows * 2);
    const cell = roles('cell').find((node) => node.name?.value.includes('kickoff to finish'));
    expect(cell?.name?.value).toBe('Only the projects you hand over, from kickoff to finish.');
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
    expect(await page.locator('a[data-copy]:visible').count()).toBe(0);
    const region = page.locator('.table-scroll');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await context.close();
  });

  it('prints the full table even from a phone', async () => {
    const { page, context } = await site.open(comparison, { viewport: { width: 390, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    const displays = await page.evaluate(() =>
      ['thead', 'tbody tr', 'tbody td'].map((selector) => getComputedStyle(document.querySelector(selector)!).display),
    );
    expect(displays).toEqual(['table-header-group', 'table-row', 'table-cell']);
    expect(await page.locator('td .cell-label').first().isVisible()).toBe(false);
    await context.close();
  });
});
