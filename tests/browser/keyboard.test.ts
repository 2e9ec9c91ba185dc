import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

/** What has focus, and whether the reader can see it (an outline or a ring). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: '', visible: false };
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const label = el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('placeholder') || '';
    return { label: `${el.tagName.toLowerCase()} ${label}`.trim(), visible };
  });
}

describe('keyboard paths', () => {
  it('walks the header in order with focus always visible', async () => {
    const { page, context } = await site.open('/');
    const seen: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      const state = await focused(page);
      expect(state.visible, `focus not visible on ${state.label}`).toBe(true);
      seen.push(state.label);
    }
    expect(seen.slice(0, 7)).toEqual([
      'a Skip to content',
      'a PM or OBM?',
      'a Articles',
      'a Compare',
      'a FAQ',
      'a Guide',
      'input Search…',
    ]);
    expect(seen).toContain('button Toggle dark theme');
    await context.close();
  });

  it('toggles the theme with Enter on the focused toggle', async () => {
    const { page, context } = await site.open('/', { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Toggle dark theme' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  it('copies a row link with the keyboard and announces it', async () => {
    const { page, context } = await site.open('/compare/project-manager-vs-online-business-manager/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const link = page.locator('#scope a[data-copy]');
    await link.focus();
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .locator('.copy-status')
      .filter({ hasText: /copied/i })
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/compare\/project-manager-vs-online-business-manager\/scope\/$/,
    );
    await context.close();
  });
});
