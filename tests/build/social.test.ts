import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileFor, isEmbed, isRedirect, type BuiltPage } from '../support/dist';

// Embeds are framed, not shared: their own page is the one that unfurls (tests/build/embeds.test.ts).
const pages = builtPages().filter((page) => !isRedirect(page) && !isEmbed(page));
// Article pages, not the numbered pages of the article list.
const articlePaths = pages.map((page) => page.path).filter((path) => /^\/articles\/(?!\d+\/$)[^/]+\/$/.test(path));

const meta = (page: BuiltPage, key: string) =>
  page.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
const canonicalOf = (page: BuiltPage) =>
  page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const absolute = (url: string) => /^https?:\/\/[^/]+\//.test(url);
/** The dist file of an absolute URL on this site. */
const fileOfUrl = (url: string) => fileFor(new URL(url).pathname);

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type JsonLd = Record<string, unknown> & { '@type': string };

const jsonLdOf = (page: BuiltPage): { raw: string; data: JsonLd }[] =>
  [...page.document.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
    const raw = script.textContent ?? '';
    return { raw, data: JSON.parse(raw) as JsonLd };
  });

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const doc = page.document;

  it('unfurls: canonical, Open Graph and Twitter tags, all URLs absolute', () => {
    const canonical = canonicalOf(page);
    expect(absolute(canonical), canonical).toBe(true);
    expect(meta(page, 'og:url')).toBe(canonical);
    expect(meta(page, 'og:title').length).toBeGreaterThan(2);
    expect(meta(page, 'og:description').length).toBeGreaterThanOrEqual(50);
    expect(meta(page, 'og:type')).toBe(articlePaths.includes(path) ? 'article' : 'website');
    expect(meta(page, 'og:site_name')).toBe('PM or OBM?');
    expect(absolute(meta(page, 'og:image'))).toBe(true);
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt').length).toBeGreaterThan(5);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'twitter:image')).toBe(meta(page, 'og:image'));
  });

  it('has a theme colour, favicons and the manifest, and they exist', () => {
    expect(doc.querySelectorAll('meta[name="theme-color"]').length).toBeGreaterThan(0);
    for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]', 'link[rel="manifest"]']) {
      const href = doc.querySelector(selector)?.getAttribute('href') ?? '';
      expect(fileFor(href), `${selector} ${href}`).toBeDefined();
    }
  });

  it('has its og:image in dist/ as a 1200x630 PNG', () => {
    const file = fileOfUrl(meta(page, 'og:image'));
    expect(file, meta(page, 'og:image')).toBeDefined();
    expect(pngSize(file as string)).toEqual({ width: 1200, height: 630 });
  });

  it('has JSON-LD that parses, cannot end its script, and points at this page', () => {
    const blocks = jsonLdOf(page);
    const canonical = canonicalOf(page);
    for (const { raw, data } of blocks) {
      expect(raw).not.toMatch(/<\/script/i);
      expect(data['@context']).toBe('https://schema.org');
      expect(typeof data['@type']).toBe('string');
    }
    const types = blocks.map((block) => block.data['@type']);
    if (path !== '/' && path !== '/404.html') expect(types).toContain('BreadcrumbList');
    if (articlePaths.includes(path)) expect(types).toContain('Article');
    // Each answer has its own page, where its question and answer are described once.
    if (/^\/faq\/[^/]+\/$/.test(path) && !path.startsWith('/faq/topics/')) expect(types).toContain('FAQPage');
    if (path === '/') expect(types).toContain('WebSite');

    for (const { data } of blocks) {
      switch (data['@type']) {
        case 'Article': {
          for (const key of ['headline', 'description', 'datePublished', 'dateModified']) {
            expect(String(data[key] ?? '').length, key).toBeGreaterThan(0);
          }
          expect(Number.isNaN(Date.parse(String(data.datePublished)))).toBe(false);
          expect(data.url).toBe(canonical);
          expect(data.mainEntityOfPage).toBe(canonical);
          const images = data.image as string[];
          expect(images.length).toBeGreaterThan(0);
          for (const image of images) expect(fileOfUrl(image), image).toBeDefined();
          break;
        }
        case 'BreadcrumbList': {
          const items = data.itemListElement as { position: number; name: string; item: string }[];
          expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
          expect(items.at(-1)?.item).toBe(canonical);
          for (const item of items) expect(fileOfUrl(item.item), item.item).toBeDefined();
          const crumbs = doc.querySelectorAll('nav[aria-label="Breadcrumb"] li > :not([aria-hidden])');
          expect([...crumbs].map(textOf)).toEqual(items.map((item) => item.name));
          break;
        }
        case 'FAQPage': {
          expect(data.url).toBe(canonical);
          const questions = (data.mainEntity as { name: string }[]).map((entry) => entry.name);
          // One answer a page: the question is the page's heading.
          expect(questions).toEqual([...doc.querySelectorAll('main h1')].map(textOf));
          break;
        }
        case 'WebSite':
          expect(data.url).toBe(canonical);
          break;
        default:
          throw new Error(`unexpected JSON-LD type ${data['@type']}`);
      }
    }
  });
});

describe('the feed and the sitemap', () => {
  const xml = (file: string) =>
    new DOMParser().parseFromString(readFileSync(join(distDir, file), 'utf8'), 'text/xml') as unknown as Document;
  const pathsOf = (doc: Document, selector: string) =>
    [...doc.querySelectorAll(selector)].map((el) => new URL(el.textContent ?? '').pathname).sort();

  it('lists every published article in the RSS feed, each with a title, link and date', () => {
    const doc = xml('rss.xml');
    expect(doc.querySelector('rss > channel > title')?.textContent).toBe('PM or OBM?');
    const items = [...doc.querySelectorAll('item')];
    for (const item of items) {
      expect(item.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false);
    }
    expect(pathsOf(doc, 'item > link')).toEqual([...articlePaths].sort());
  });

  it('lists every page in the sitemap except redirect stubs and the 404 page', () => {
    const index = xml('sitemap-index.xml');
    const listed = [...index.querySelectorAll('sitemap > loc')].flatMap((loc) =>
      pathsOf(xml(new URL(loc.textContent ?? '').pathname.slice(1)), 'url > loc'),
    );
    const expected = pages.map((page) => page.path).filter((path) => path !== '/404.html');
    expect(listed.sort()).toEqual(expected.sort());
  });
});
