import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

describe('the site in a browser', () => {
  it('loads the home page with no console error', async () => {
    const { page, context, errors } = await site.open('/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/project manager/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    '/',
    '/articles/pm-vs-obm-differences-explained/',
    '/faq/',
    '/compare/project-manager-vs-online-business-manager/',
  ])('does not scroll sideways at 390 px: %s', async (path) => {
    const { page, context } = await site.open(path, { viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('skips to the main content from the first Tab', async () => {
    const { page, context } = await site.open('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('switches theme with the toggle and remembers it on the next page', async () => {
    const { page, context } = await site.open('/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.getByRole('link', { name: 'Articles' }).first().click();
    await page.waitForURL(/\/articles\/$/);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(await background()).toBe(dark);
    await context.close();
  });

  it('follows the system theme when the reader has not chosen', async () => {
    const { page, context } = await site.open('/', { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(15, 23, 32)');
    await context.close();
  });
});
