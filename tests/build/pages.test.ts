import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, isRedirect, type BuiltPage } from '../support/dist';

const pages = builtPages().filter((page) => !isRedirect(page));
const byPath = new Map(builtPages().map((page) => [page.path, page]));
const idsOf = (page: BuiltPage) => new Set([...page.document.querySelectorAll('[id]')].map((el) => el.id));

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    for (const path of ['/', '/articles/', '/faq/', '/compare/', '/guide/', '/404.html']) {
      expect(byPath.has(path), path).toBe(true);
    }
    expect(pages.filter((page) => page.path.startsWith('/articles/')).length).toBeGreaterThan(3);
    expect(pages.some((page) => page.path.startsWith('/tags/'))).toBe(true);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  const doc = page.document;

  it('has a language, a title and a meta description', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('title')?.textContent?.trim().length).toBeGreaterThan(5);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
  });

  it('has an absolute canonical URL', () => {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(canonical).toMatch(/^https?:\/\//);
    if (page.path !== '/404.html') expect(new URL(canonical).pathname).toBe(page.path);
  });

  it('has exactly one h1', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('has no internal link to a missing page or fragment', () => {
    const broken: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${page.path}`);
      const target = url.pathname === page.path ? page : byPath.get(url.pathname);
      if (!target && !fileFor(url.pathname)) {
        broken.push(raw);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !idsOf(target).has(fragment)) broken.push(raw);
    }
    expect(broken).toEqual([]);
  });
});
