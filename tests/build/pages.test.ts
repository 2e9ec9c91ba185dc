import { describe, expect, it } from 'vitest';
import { findBrokenLinks, readLinkedPage } from '../../src/lib/build-checks/link-check';
import { builtPages, distFiles, distDir, isRedirect } from '../support/dist';

const pages = builtPages().filter((page) => !isRedirect(page));
const byPath = new Map(builtPages().map((page) => [page.path, page]));
const files = new Set(distFiles().map((file) => file.slice(distDir.length).replaceAll('\\', '/')));
const brokenLinks = findBrokenLinks(
  builtPages().map((page) => readLinkedPage(page.path, page.html)),
  files,
);

describe('the built site', () => {
  it('has the pages a reader expects', () => {
    for (const path of ['/', '/articles/', '/faq/', '/compare/', '/guide/', '/404.html']) {
      expect(byPath.has(path), path).toBe(true);
    }
    expect(pages.filter((page) => page.path.startsWith('/articles/')).length).toBeGreaterThan(3);
    expect(pages.some((page) => page.path.startsWith('/tags/'))).toBe(true);
  });

  it('keeps the space between "Read more:" and its link on answers', () => {
    const answer = byPath.get('/faq/retainer-or-hourly/');
    expect(answer?.document.querySelector('main')?.textContent).toMatch(/Read more: \S/);
  });

  it('is a production build, with no development-only markup', () => {
    expect(pages.filter((page) => page.html.includes('data-dev-index')).map((page) => page.path)).toEqual([]);
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

  it('opens no link in a new tab without rel="noopener"', () => {
    const unsafe = [...doc.querySelectorAll('a[target="_blank"]')].filter(
      (a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? ''),
    );
    expect(unsafe.map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it('has no internal link to a missing page or fragment', () => {
    expect(brokenLinks.filter((link) => link.page === page.path)).toEqual([]);
  });
});
