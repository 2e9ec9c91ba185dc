import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pagePath, readLinkedPage, sourceOf } from '../../src/lib/build-checks/link-check';

const article = readLinkedPage(
  '/articles/glossary/',
  `<h2 id="scope">Scope</h2><a href="/faq/">FAQ</a><a href="#scope">here</a><a href="https://example.org/">out</a>
   <img src="/og/a.png" srcset="/og/a.png 1x, /og/b.png 2x" alt="">`,
);
const faq = readLinkedPage(
  '/faq/',
  '<a href="/articles/glossary/#scope">x</a><a href="/articles/glossary/#nope">y</a>',
);

describe('findBrokenLinks', () => {
  it('accepts links to pages, files and existing anchors, and skips external links', () => {
    expect(findBrokenLinks([article], new Set(['/og/a.png', '/og/b.png', '/faq/']))).toEqual([]);
  });
  it('reports a missing page, a missing file in a srcset and a missing anchor', () => {
    const broken = findBrokenLinks([article, faq], new Set(['/og/a.png']));
    expect(broken).toEqual([
      { page: '/articles/glossary/', href: '/og/b.png', reason: 'missing page' },
      { page: '/faq/', href: '/articles/glossary/#nope', reason: 'missing anchor' },
    ]);
  });
  it('resolves links under a deploy base, and flags links that escape it', () => {
    const page = readLinkedPage(
      '/faq/',
      '<a href="/kb/articles/glossary/#scope">ok</a><a href="/articles/glossary/">bad</a>',
    );
    const target = readLinkedPage('/articles/glossary/', '<h2 id="scope">Scope</h2>');
    expect(findBrokenLinks([page, target], new Set(), '/kb/')).toEqual([
      { page: '/faq/', href: '/articles/glossary/', reason: 'missing page' },
    ]);
  });
});

describe('pagePath and sourceOf', () => {
  it('turns built files into URL paths', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('articles/glossary/index.html')).toBe('/articles/glossary/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
  it('names the content file behind a page, Markdown or MDX, as it exists', () => {
    const files = new Set([
      'src/content/faqs/retainer-or-hourly.mdx',
      'src/content/comparisons/a-vs-b.mdx',
      'src/content/articles/glossary.md',
    ]);
    const exists = (file: string) => files.has(file);
    expect(sourceOf('/faq/retainer-or-hourly/', exists)).toBe('src/content/faqs/retainer-or-hourly.mdx');
    expect(sourceOf('/compare/a-vs-b/', exists)).toBe('src/content/comparisons/a-vs-b.mdx');
    expect(sourceOf('/articles/glossary/', exists)).toBe('src/content/articles/glossary.md');
    // Pages under those folders that no file makes, and pages of other kinds.
    expect(sourceOf('/faq/topics/', exists)).toBeUndefined();
    expect(sourceOf('/tags/hiring/', exists)).toBeUndefined();
  });
});
