/**
 * Every route of the site in one place. Paths are site-absolute without the base; `withBase` and
 * `absoluteUrl` turn them into hrefs and shareable URLs.
 */
export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  /** Page `page` of the article list; the first page is the list itself. */
  articlesPage: (page: number) => (page <= 1 ? '/articles/' : `/articles/${page}/`),
  article: (id: string) => `/articles/${id}/`,
  /** Page `page` of the articles with one tag; the first page is the tag's own address. */
  tag: (tag: string, page = 1) => (page <= 1 ? `/tags/${tag}/` : `/tags/${tag}/${page}/`),
  faq: () => '/faq/',
  faqAnswer: (id: string) => `/faq/#${id}`,
  faqPage: (id: string) => `/faq/${id}/`,
  /** The answers of one FAQ category, for reading a topic through; page `page` of them. */
  faqTopic: (category: string, page = 1) =>
    page <= 1 ? `/faq/topics/${category}/` : `/faq/topics/${category}/${page}/`,
  comparisons: () => '/compare/',
  comparison: (id: string) => `/compare/${id}/`,
  comparisonRow: (id: string, rowId: string) => `/compare/${id}/#${rowId}`,
  rowPage: (id: string, rowId: string) => `/compare/${id}/${rowId}/`,
  /** A comparison as data. Files with an extension have no trailing slash. */
  comparisonData: (id: string, format: 'csv' | 'json') => `/compare/${id}.${format}`,
  /** The framable page of a comparison, or of one of its rows. */
  embed: (id: string, rowId?: string) => (rowId ? `/embed/compare/${id}/${rowId}/` : `/embed/compare/${id}/`),
  /** The oEmbed response for the embed of a comparison or row. */
  oembed: (id: string, rowId?: string) => `/embed/compare/${id}/${rowId ? `${rowId}/` : ''}oembed.json`,
  guide: () => '/guide/',
  planner: () => '/planner/',
  /** One result of the decision guide, the page a shared result opens. */
  guideResult: (id: string) => `/guide/results/${id}/`,
  sources: () => '/sources/',
  /** Page `page` of the sources list; the first page is the list itself. */
  sourcesPage: (page: number) => (page <= 1 ? '/sources/' : `/sources/${page}/`),
  source: (id: string) => `/sources/${id}/`,
  search: () => '/search/',
  searchTips: () => '/search/tips/',
  socialImage: (key: string) => `/og/${key}.png`,
};

/** Prefixes a site-absolute path with the deploy base ('/' or '/kb/'); other links pass through. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** The full URL a reader shares: site origin + base + path. */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** `a-vs-b` -> `b-vs-a`: the reversed comparison address, which redirects to the canonical one. */
export function reversedComparisonId(id: string): string | undefined {
  const parts = id.split('-vs-');
  if (parts.length !== 2) return undefined;
  return `${parts[1]}-vs-${parts[0]}`;
}
