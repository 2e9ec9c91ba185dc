import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();
const comparison = '/compare/project-manager-vs-online-business-manager/';
const rowPath = `${comparison}number-of-projects/`;
const rowCanonical = builtPages()
  .find((page) => page.path === rowPath)
  ?.document.querySelector('link[rel="canonical"]')
  ?.getAttribute('href');
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('copying a comparison row link', () => {
  it('copies the row page URL, says so, and points the address bar at the row', async () => {
    const { page, context, errors } = await site.open(comparison, clipboard);
    await page.getByRole('link', { name: 'Copy link to the Projects at a time row' }).click();
    // By position, not by name: the name changes while "Copied" shows.
    const control = page.locator('#number-of-projects a[data-copy]');
    const status = page.locator('.comparison .copy-status[aria-live]');
    await expect.poll(() => status.textContent()).toBe('Link to the Projects at a time row copied');
    expect(rowCanonical).toMatch(
      /^https?:\/\/.+\/compare\/project-manager-vs-online-business-manager\/number-of-projects\/$/,
    );
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(rowCanonical);
    await expect(control.textContent()).resolves.toMatch(/^Copied/);
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#number-of-projects');
    await expect.poll(() => control.textContent(), { timeout: 4000 }).toMatch(/^Copy link/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to copying from a selected field when the clipboard API refuses', async () => {
    const { page, context } = await site.open(comparison, clipboard);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.getByRole('link', { name: 'Copy link to the Hands-on work row' }).click();
    await expect
      .poll(() => page.locator('.comparison .copy-status[aria-live]').textContent())
      .toBe('Link to the Hands-on work row copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/\/implementation\/$/);
    await context.close();
  });
});

describe('a comparison row page', () => {
  it('shows one difference and links back to its row in the full table', async () => {
    const { page, context, errors } = await site.open(rowPath);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Projects at a time: project manager vs online business manager',
    );
    const values = await page.locator('main dl dt').allTextContents();
    expect(values.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Project Manager (PM)',
      'Online Business Manager (OBM)',
    ]);
    await page.getByRole('link', { name: /^See the full comparison/ }).click();
    await page.waitForURL(/\/compare\/project-manager-vs-online-business-manager\/#number-of-projects$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.tagName)).resolves.toBe('TR');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links to the next difference', async () => {
    const { page, context } = await site.open(rowPath);
    await page.getByRole('link', { name: /Next difference/ }).click();
    await page.waitForURL(/\/project-manager-vs-online-business-manager\/scope\/$/);
    await context.close();
  });

  it('does not scroll sideways at 390 px', async () => {
    const { page, context } = await site.open(rowPath, { viewport: { width: 390, height: 844 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
