import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

// Served with dist/_headers applied, as Netlify or Cloudflare Pages would serve it.
const site = useBuiltSite({ headers: true });

describe('under the strict Content-Security-Policy header', () => {
  it('sends the security headers', async () => {
    const response = await fetch(site.url);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
  });

  it.each([
    ['/', 'theme script'],
    ['/compare/project-manager-vs-online-business-manager/', 'comparison page'],
    ['/search/?q=launch', 'search with WebAssembly'],
    ['/not-a-page/', '404 suggestions'],
  ])('reports no violation on %s (%s)', async (path) => {
    const { page, context, errors } = await site.open(path);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => {
            throw new Error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`);
          });
          setTimeout(resolve, 300);
        }),
    );
    if (path.startsWith('/search/')) {
      await page
        .getByRole('status')
        .filter({ hasText: /results? for/ })
        .waitFor();
    }
    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    expect(errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
    // The 404 page is itself served with status 404, which Chromium logs.
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await context.close();
  });
});
