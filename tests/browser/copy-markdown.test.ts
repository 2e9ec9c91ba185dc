import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const markdown = (path: string) => readFileSync(join(distDir, path, 'index.html.md'), 'utf8');

describe('Copy as Markdown', () => {
  it.each([
    '/articles/pm-vs-obm-differences-explained/',
    '/faq/does-an-obm-do-the-work/',
    '/compare/project-manager-vs-online-business-manager/',
  ])('on %s copies the page’s Markdown and says so', async (path) => {
    const { page, context, errors } = await site.open(path, clipboard);
    await page.getByRole('link', { name: 'Copy as Markdown' }).click();
    await expect
      .poll(() => page.locator('[data-copy-scope] .copy-status').first().textContent())
      .toBe('Markdown of this page copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(markdown(path));
    expect(new URL(page.url()).pathname).toBe(path);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is a plain link to the Markdown without JavaScript', async () => {
    const path = '/faq/does-an-obm-do-the-work/';
    const { page, context } = await site.open(path, { javaScriptEnabled: false });
    const link = page.getByRole('link', { name: 'View as Markdown' });
    expect(await link.getAttribute('href')).toBe(`${path}index.html.md`);
    const response = await page.request.get(new URL(`${path.slice(1)}index.html.md`, site.url).href);
    expect(await response.text()).toBe(markdown(path));
    await context.close();
  });
});

describe('Embed this comparison', () => {
  it('copies the iframe snippet from the disclosure and announces it', async () => {
    const path = '/compare/project-manager-vs-online-business-manager/';
    const { page, context, errors } = await site.open(path, clipboard);
    await page.getByText('Embed this comparison').click();
    const code = await page.getByLabel('HTML to paste').inputValue();
    expect(code).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/compare\/project-manager-vs-online-business-manager\/"/,
    );
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('details .copy-status').textContent()).toBe('Embed code copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is on every row page too, for that row', async () => {
    const { page, context } = await site.open('/compare/project-manager-vs-online-business-manager/scope/');
    await page.getByText('Embed this row').click();
    expect(await page.getByLabel('HTML to paste').inputValue()).toContain(
      '/embed/compare/project-manager-vs-online-business-manager/scope/"',
    );
    await context.close();
  });
});
