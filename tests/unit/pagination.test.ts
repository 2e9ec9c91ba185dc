import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/lib/content/pagination';
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
