/**
 * The Markdown twin of every indexable page, made from the content collections (the same data the
 * HTML pages render).
 */
import type { Tag } from '../../lib/content/tags';
import { paths } from '../../lib/content/urls';
import { publishedArticles, type Article } from '../articles';
import { allComparisons, requireComparison } from '../comparisons';
import { faqGroups } from '../faqs';
import { decisionGuide } from '../guide';
import { articleMarkdown, comparisonMarkdown, faqMarkdown, rowMarkdown, type MarkdownPage } from './content-pages';
import {
  articleListMarkdown,
  comparisonListMarkdown,
  faqListMarkdown,
  faqTopicMarkdown,
  guideMarkdown,
  guideResultMarkdown,
  homeMarkdown,
  searchMarkdown,
  sourceListMarkdown,
  sourceMarkdown,
  tagMarkdown,
} from './list-pages';
import { sourcesWithCitations } from '../sources';
import { plannerMarkdown } from './planner-page';
import { searchTipsMarkdown } from './search-tips';

export type { MarkdownPage };

/**
 * A page's Markdown, made when first asked for: an unchanged rebuild copies the Markdown pages and
 * llms files (their routes return a cache key), so the content is then never turned into Markdown.
 */
export interface LazyMarkdownPage {
  /** The HTML page's path, e.g. `/articles/glossary/`. */
  path: string;
  page(): Promise<MarkdownPage>;
}

const lazy = (path: string, make: () => MarkdownPage | Promise<MarkdownPage>): LazyMarkdownPage => {
  let made: Promise<MarkdownPage> | undefined;
  return { path, page: () => (made ??= Promise.resolve().then(make)) };
};

const ready = (page: MarkdownPage): LazyMarkdownPage => ({ path: page.path, page: () => Promise.resolve(page) });

export interface MarkdownSite {
  comparisons: LazyMarkdownPage[];
  rows: LazyMarkdownPage[];
  articles: LazyMarkdownPage[];
  faqs: LazyMarkdownPage[];
  guide: LazyMarkdownPage;
  /** Home, lists, tags and search. */
  other: LazyMarkdownPage[];
}

let built: Promise<MarkdownSite> | undefined;

/** Resolves a list of lazy pages, in order. */
export const pagesOf = (pages: LazyMarkdownPage[]) => Promise.all(pages.map((page) => page.page()));

async function build(): Promise<MarkdownSite> {
  const [articles, comparisons, groups, guide, sources] = await Promise.all([
    publishedArticles(),
    allComparisons(),
    faqGroups(),
    decisionGuide(),
    sourcesWithCitations(),
  ]);
  const byTag = new Map<Tag, Article[]>();
  for (const article of articles) {
    for (const tag of article.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
  }
  const main = await requireComparison('project-manager-vs-online-business-manager', 'src/queries/markdown/index.ts');
  return {
    comparisons: comparisons.map((comparison) =>
      lazy(paths.comparison(comparison.id), () => comparisonMarkdown(comparison)),
    ),
    rows: comparisons.flatMap((comparison) =>
      comparison.data.rows.map((row) => lazy(paths.rowPage(comparison.id, row.id), () => rowMarkdown(comparison, row))),
    ),
    articles: articles.map((article) => lazy(paths.article(article.id), () => articleMarkdown(article))),
    faqs: groups.flatMap((group) => group.faqs).map((faq) => lazy(paths.faqPage(faq.id), () => faqMarkdown(faq))),
    guide: ready(guideMarkdown(guide)),
    other: [
      ready(await homeMarkdown(main, articles.slice(0, 6))),
      ...articleListMarkdown(articles).map(ready),
      ...[...byTag].flatMap(([tag, tagged]) => tagMarkdown(tag, tagged).map(ready)),
      ready(comparisonListMarkdown(comparisons)),
      ready(await faqListMarkdown(groups)),
      ...(await Promise.all(groups.map(faqTopicMarkdown))).flat().map(ready),
      ...sourceListMarkdown(sources).map(ready),
      ...sources.map((source) => ready(sourceMarkdown(source))),
      ...guide.results.map((result) => ready(guideResultMarkdown(guide, result))),
      ready(searchMarkdown()),
      ready(searchTipsMarkdown()),
      lazy(paths.planner(), plannerMarkdown),
    ],
  };
}

/** Built once per build: the Markdown route, llms.txt and llms-full.txt all read it. */
export function markdownSite(): Promise<MarkdownSite> {
  built ??= build();
  return built;
}

export async function allMarkdownPages(): Promise<LazyMarkdownPage[]> {
  const site = await markdownSite();
  return [...site.other, ...site.comparisons, ...site.rows, ...site.articles, ...site.faqs, site.guide];
}
