import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite } from '../support/site-copy';
import { useBuiltSite } from '../support/site';

// The whole site built once for this file under /kb/, as on GitHub Pages, in a copy of the project.
const copy = copySite();
beforeAll(() => {
  const build = copy.build({ BASE_PATH: '/kb/' });
  if (build.status !== 0) throw new Error(`The /kb/ build failed (${build.status}):\n${build.output.slice(-3000)}`);
}, 180_000);
afterAll(() => copy.remove());

const site = useBuiltSite({ root: join(copy.dir, 'dist'), base: '/kb/' });

describe('the site under a base path', () => {
  it('loads every asset of a page from under the base', async () => {
    const { page, context, errors } = await site.open('/');
    const failed: string[] = [];
    // A navigation cancels the previous page's pending requests (the favicon, say); those are not failures.
    page.on(
      'requestfailed',
      (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && failed.push(request.url()),
    );
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    await page.goto(new URL('articles/pm-vs-obm-differences-explained/', site.url).href);
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.every((href) => href?.startsWith('/kb/'))).toBe(true);
    await context.close();
  });

  it('points the social image and canonical URL under the base, and the image exists', async () => {
    const { page, context } = await site.open('/compare/project-manager-vs-online-business-manager/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe('/kb/compare/project-manager-vs-online-business-manager/');
    const path = new URL(image ?? '').pathname;
    expect(path.startsWith('/kb/og/')).toBe(true);
    const response = await page.request.get(new URL(path, site.url).href);
    expect(response.headers()['content-type']).toBe('image/png');
    await context.close();
  });

  it('searches, with results linking under the base', async () => {
    const { page, context } = await site.open('/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await page.keyboard.type('retainer');
    await dialog.getByRole('status').filter({ hasText: `for “retainer”` }).waitFor();
    const href = await dialog.locator('a.search-link').first().getAttribute('href');
    expect(href?.startsWith('/kb/')).toBe(true);
    // The link carries the words searched for (`?highlight=`); the page is the one it names.
    const target = new URL(href ?? '', page.url()).pathname;
    await Promise.all([
      page.waitForURL((url) => url.pathname === target),
      dialog.locator('a.search-link').first().click(),
    ]);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('serves its 404 page with suggestions under the base', async () => {
    const { page, context } = await site.open('/no-such-retainer-page/');
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const top = await page.locator('[data-results] a.search-link').first().getAttribute('href');
    expect(top?.startsWith('/kb/')).toBe(true);
    await context.close();
  });
});
