/**
 * The kinds of page the site builds, recognised from a page's URL path (without the deploy base):
 * what performance budgets and the benchmark report on. Mirrors the routes in `paths` (urls.ts).
 */
export const pageTypes = [
  'home',
  'article',
  'article list',
  'tag',
  'comparison',
  'comparison row',
  'comparison list',
  'FAQ answer',
  'FAQ list',
  'FAQ topic',
  'guide',
  'guide result',
  'planner',
  'source list',
  'source',
  'search',
  '404',
  'comparison embed',
  'comparison row embed',
] as const;

export type PageType = (typeof pageTypes)[number];

const patterns: [RegExp, PageType][] = [
  [/^\/$/, 'home'],
  [/^\/articles\/(\d+\/)?$/, 'article list'],
  [/^\/articles\/[^/]+\/$/, 'article'],
  [/^\/tags\/[^/]+\/(\d+\/)?$/, 'tag'],
  [/^\/compare\/$/, 'comparison list'],
  [/^\/compare\/[^/]+\/$/, 'comparison'],
  [/^\/compare\/[^/]+\/[^/]+\/$/, 'comparison row'],
  [/^\/faq\/$/, 'FAQ list'],
  [/^\/faq\/topics\/[^/]+\/(\d+\/)?$/, 'FAQ topic'],
  [/^\/faq\/[^/]+\/$/, 'FAQ answer'],
  [/^\/guide\/$/, 'guide'],
  [/^\/guide\/results\/[^/]+\/$/, 'guide result'],
  [/^\/planner\/$/, 'planner'],
  [/^\/sources\/(\d+\/)?$/, 'source list'],
  [/^\/sources\/[^/]+\/$/, 'source'],
  [/^\/search\/$/, 'search'],
  [/^\/404(\.html|\/)$/, '404'],
  [/^\/embed\/compare\/[^/]+\/$/, 'comparison embed'],
  [/^\/embed\/compare\/[^/]+\/[^/]+\/$/, 'comparison row embed'],
];

/** The type of the page at `path` (`/articles/x/`, `/404.html`), or undefined for any other file. */
export function pageTypeOf(path: string): PageType | undefined {
  return patterns.find(([pattern]) => pattern.test(path))?.[1];
}
