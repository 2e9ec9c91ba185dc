import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

const pages = [
  '/',
  '/articles/pm-vs-obm-differences-explained/',
  '/compare/project-manager-vs-online-business-manager/',
  '/faq/does-an-obm-do-the-work/',
  '/guide/',
];

/** Cumulative layout shift from the first paint until the page has settled, as Chromium reports it. */
async function layoutShift(path: string, theme: 'light' | 'dark', width: number): Promise<number> {
  const { page, context } = await site.open(
    path,
    { colorScheme: 'light', viewport: { width, height: 800 } },
    async (prepared) => {
      await prepared.addInitScript((stored) => {
        // A stored choice is the case the theme script must apply before the first paint.
        if (stored === 'dark') localStorage.setItem('theme', 'dark');
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }, theme);
    },
  );
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const total = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
  );
  const applied = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  await context.close();
  expect(applied).toBe(theme);
  return total;
}

describe('layout stability', () => {
  it.each(pages.flatMap((path) => (['light', 'dark'] as const).map((theme) => [path, theme] as const)))(
    '%s in the %s theme does not shift while it loads',
    async (path, theme) => {
      expect(await layoutShift(path, theme, 1280)).toBeLessThan(0.01);
      expect(await layoutShift(path, theme, 390)).toBeLessThan(0.01);
    },
  );
});
