/** Articles per page of the article list: enough for a good read, few enough for one round trip at any size. */
export const articlesPerPage = 24;

/** Answers per page of an FAQ topic: a topic page stays within one round trip (14 KB gzip) as topics grow. */
export const answersPerTopicPage = 12;

/** Sources per page of the sources list. */
export const sourcesPerPage = 80;

/** The page (counting from 1) that holds item `index` of a list split into pages of `size`. */
export const pageOfItem = (index: number, size: number) => Math.floor(index / size) + 1;

/**
 * Which page numbers a pagination bar shows: always the first and last, the current page with its
 * neighbours, and a gap wherever numbers are left out, so the bar stays short on a site of any size.
 */
export type PageLink = number | 'gap';

export function pageWindow(current: number, total: number, neighbours = 1): PageLink[] {
  const shown = new Set([1, total]);
  for (let page = current - neighbours; page <= current + neighbours; page++) {
    if (page >= 1 && page <= total) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  // A gap of a single number would take as much room as the number: show the number instead.
  return pages.flatMap((page, index) => {
    const previous = pages[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    return page === previous + 2 ? [previous + 1, page] : ['gap' as const, page];
  });
}

/** One page of a list split into pages: its number (from 1), the last page's, and its items. */
export interface ListPage<T> {
  current: number;
  last: number;
  items: T[];
}

/**
 * A list split into pages of `size`, as Astro's `paginate()` splits it for the HTML pages; an empty
 * list still has its first page. The Markdown twins read their pages from here.
 */
export function listPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, index) => ({
    current: index + 1,
    last,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
