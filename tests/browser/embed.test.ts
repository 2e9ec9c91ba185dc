import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeHTML } from 'entities';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HeadersHost } from '../../src/lib/publishing/headers-file';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/dist';
import { useBuiltSite, type SiteSession } from '../support/site';

const comparison = 'project-manager-vs-online-business-manager';
const canonical = builtPages()
  .find((page) => page.path === '/')!
  .document.querySelector('link[rel="canonical"]')!
  .getAttribute('href')!;
/** The snippet an author copies from a page (linkedom leaves a textarea's character references as written). */
const snippet = (path: string) =>
  decodeHTML(
    builtPages()
      .find((page) => page.path === path)!
      .document.querySelector('details textarea')!.textContent!,
  );

/** Another origin (another port), serving one page that frames what it is given. */
function useHostPage() {
  let server: Server;
  const host = { url: '', body: '' };
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(
        `<!doctype html><html lang="en"><title>A blog</title><body style="margin:0">${host.body}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => server?.close());
  return host;
}

/** Violations the framed page reports, collected from inside the frame. */
async function violationsIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const found: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          found.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
        setTimeout(() => resolve(found), 300);
      }),
  );
}

async function frameOf(page: Page, index = 0): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState('load');
  return frame!;
}

describe.each(['cloudflare', 'netlify'] satisfies HeadersHost[])(
  'embedded on another site, served as %s would',
  (host) => {
    const site: SiteSession = useBuiltSite({ headers: host });
    const blog = useHostPage();
    const local = (html: string) => html.replaceAll(canonical, site.url);

    it('renders a comparison in a 320 px column with no CSP violation and no sideways scroll', async () => {
      blog.body = `<div style="width:320px">${local(snippet(`/compare/${comparison}/`))}</div>`;
      const { page, context, errors } = await site.open('/', { viewport: { width: 800, height: 900 } });
      await page.goto(blog.url);
      const frame = await frameOf(page);
      expect(await violationsIn(frame)).toEqual([]);
      expect(await frame.locator('h1').textContent()).toBe('Project manager vs online business manager');
      expect(await frame.locator('tbody tr').count()).toBeGreaterThan(5);
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await frame.evaluate(() => window.innerWidth)).toBe(320);
      expect(await frame.locator('td .cell-label').first().isVisible()).toBe(true);
      expect(errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
      await context.close();
    });

    it('shows a whole row embed within the height its snippet asks for, at the snippet width', async () => {
      blog.body = local(snippet(`/compare/${comparison}/scope/`));
      const { page, context } = await site.open('/', { viewport: { width: 1000, height: 900 } });
      await page.goto(blog.url);
      const frame = await frameOf(page);
      expect(await violationsIn(frame)).toEqual([]);
      const fits = await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
      expect(fits).toBe(true);
      await context.close();
    });

    it('follows ?theme=dark, and the system setting without it', async () => {
      const src = `${site.url}embed/compare/${comparison}/`;
      blog.body = `<iframe src="${src}?theme=dark" title="a"></iframe><iframe src="${src}" title="b"></iframe>`;
      const { page, context } = await site.open('/', { colorScheme: 'light' });
      await page.goto(blog.url);
      const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background(await frameOf(page, 0))).toBe('rgb(15, 23, 32)');
      expect(await background(await frameOf(page, 1))).toBe('rgb(255, 255, 255)');
      await context.close();
    });

    it('refuses to frame a normal page', async () => {
      blog.body = `<iframe src="${site.url}compare/${comparison}/" title="framed"></iframe>`;
      const { page, context, errors } = await site.open('/');
      const refused: string[] = [];
      page.on('console', (message) => refused.push(message.text()));
      await page.goto(blog.url);
      await page.waitForTimeout(500);
      const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
      // Blocked by frame-ancestors, the frame shows Chromium's error page, never the comparison.
      expect(await frame?.locator('table').count()).toBe(0);
      expect(await frame?.locator('body').textContent()).not.toContain('The short answer');
      expect([...errors, ...refused].some((text) => /frame-ancestors/.test(text))).toBe(true);
      await context.close();
    });
  },
);

describe('embed pages on their own', () => {
  const site = useBuiltSite({ headers: true });
  const paths = [`/embed/compare/${comparison}/`, `/embed/compare/${comparison}/scope/`];

  it.each(paths.flatMap((path) => (['light', 'dark'] as const).map((theme) => [path, theme] as const)))(
    '%s has no axe violation in the %s theme at 320 and 640 px',
    async (path, theme) => {
      for (const width of [320, 640]) {
        const { page, context } = await site.open(path, {
          viewport: { width, height: 900 },
          colorScheme: theme,
          bypassCSP: true,
        });
        expect(await axeViolations(page), `${width} px`).toEqual([]);
        await context.close();
      }
    },
  );
});
