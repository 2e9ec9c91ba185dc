import { describe, expect, it } from 'vitest';
import { articleListCopy, pageHeading, tagCopy } from '../../src/lib/content/list-page-copy';
import { listPages, pageWindow } from '../../src/lib/content/pagination';
import { paths } from '../../src/lib/content/urls';

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(10, 42)).toEqual([1, 'gap', 9, 10, 11, 'gap', 42]);
    expect(pageWindow(1, 42)).toEqual([1, 2, 'gap', 42]);
    expect(pageWindow(42, 42)).toEqual([1, 'gap', 41, 42]);
  });

  it('shows a lone missing number rather than a gap in its place', () => {
    expect(pageWindow(4, 42)).toEqual([1, 2, 3, 4, 5, 'gap', 42]);
  });
});

describe('paths.articlesPage', () => {
  it('puts the first page at the list itself and the others under it', () => {
    expect(paths.articlesPage(1)).toBe('/articles/');
    expect(paths.articlesPage(3)).toBe('/articles/3/');
  });
});

describe('listPages', () => {
  it('splits a list into pages as Astro paginates it, numbered from 1', () => {
    expect(listPages([1, 2, 3, 4, 5], 2)).toEqual([
      { current: 1, last: 3, items: [1, 2] },
      { current: 2, last: 3, items: [3, 4] },
      { current: 3, last: 3, items: [5] },
    ]);
  });

  it('keeps a first page for an empty list', () => {
    expect(listPages([], 24)).toEqual([{ current: 1, last: 1, items: [] }]);
  });
});

describe('list page copy', () => {
  it('names the page number after the first page only', () => {
    expect(articleListCopy({ current: 1, last: 2 }).title).toBe('Articles');
    expect(articleListCopy({ current: 2, last: 2 }).title).toBe('Articles, page 2 of 2');
    expect(tagCopy('Hiring', 30, { current: 2, last: 2 }).description).toMatch(/newest first: page 2 of 2\.$/);
  });

  it('gives the Markdown twin the page heading with its page number', () => {
    const copy = articleListCopy({ current: 2, last: 3 });
    expect(pageHeading(copy)).toBe('Articles');
    expect(pageHeading(copy, { current: 2, last: 3 })).toBe('Articles, page 2 of 3');
  });
});
