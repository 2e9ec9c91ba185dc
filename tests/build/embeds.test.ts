import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, setProviderList } from '@extractus/oembed-extractor';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir, fileFor, isEmbed, isRedirect, parseHtml } from '../support/dist';
import { loadPagefind, type PagefindApi } from '../support/pagefind';

const pages = builtPages().filter((page) => !isRedirect(page));
const shareable = pages.filter((page) => /^\/compare\/[^/]+\/([^/]+\/)?$/.test(page.path));
const embeds = pages.filter(isEmbed);
const canonical = pages
  .find((page) => page.path === '/')!
  .document.querySelector('link[rel="canonical"]')!
  .getAttribute('href')!;

/** A fetch that answers this site's URLs from dist/, as the deployed site would. */
async function fromDist(input: string | URL | Request): Promise<Response> {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (!url.href.startsWith(canonical)) return new Response('not this site', { status: 502 });
  const file = fileFor(`/${url.pathname.slice(new URL(canonical).pathname.length)}`);
  return file ? new Response(readFileSync(file)) : new Response('not found', { status: 404 });
}

describe('oEmbed, read by a real consumer (@extractus/oembed-extractor)', () => {
  // No known provider matches this site, so the consumer discovers the endpoint from the page's head.
  beforeAll(() => setProviderList([]));

  it('is offered by every comparison and row page', () => {
    expect(shareable.length).toBeGreaterThan(10);
  });

  it.each(shareable.map((page) => [page.path, page] as const))('%s', async (path, page) => {
    const pageUrl = page.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const data = (await extract(pageUrl, {}, fromDist)) as Record<string, unknown>;
    expect(data.method).toBe('auto-discovery');
    expect(data).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'PM or OBM?', provider_url: canonical });
    expect(typeof data.width).toBe('number');
    expect(typeof data.height).toBe('number');
    expect(String(data.title).length).toBeGreaterThan(5);
    const iframe = parseHtml(`<body>${String(data.html)}</body>`).querySelectorAll('iframe');
    expect(iframe).toHaveLength(1);
    const src = iframe[0]!.getAttribute('src')!;
    expect(src.startsWith(`${canonical}embed/compare/`)).toBe(true);
    expect((await fromDist(src)).status, src).toBe(200);
    const thumbnail = page.document.querySelector('meta[property="og:image"]')!.getAttribute('content');
    expect(data.thumbnail_url).toBe(thumbnail);
    expect((await fromDist(String(data.thumbnail_url))).status).toBe(200);
    // The snippet on the page is the oEmbed html (linkedom leaves a textarea's character references as written).
    expect(decodeHTML(page.document.querySelector('details textarea')?.textContent ?? ''), path).toBe(data.html);
  });
});

describe('embed pages', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  let pagefind: PagefindApi;
  beforeAll(async () => {
    pagefind = await loadPagefind();
  });
  afterAll(async () => {
    await pagefind?.destroy();
  });

  it('exist for every comparison and every row', () => {
    expect(embeds.length).toBe(shareable.length);
  });

  it('ask not to be indexed and stay out of the sitemap', () => {
    for (const page of embeds) {
      expect(page.document.querySelector('meta[name="robots"]')?.getAttribute('content'), page.path).toBe('noindex');
      expect(sitemap).not.toContain('/embed/');
    }
  });

  it('stay out of the search index', async () => {
    const { results } = await pagefind.search('projects at a time');
    const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
  });

  it('have no site header, footer or search, and link back to the page they come from', () => {
    for (const page of embeds) {
      expect(page.document.querySelector('header, footer, form'), page.path).toBeNull();
      const back = page.path.replace('/embed/compare/', '/compare/');
      const hrefs = [...page.document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, page.path).toContain(`${canonical}${back.slice(1)}`);
    }
  });
});
