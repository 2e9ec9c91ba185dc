/**
 * The Markdown twin of every indexable page, made from the content collections (the same data the
 * HTML pages render).
 */
import { articlesPerPage } from '../../lib/content/pagination';
import type { Tag } from '../../lib/content/tags';
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

export type { MarkdownPage };

export interface MarkdownSite {
  comparisons: MarkdownPage[];
  rows: MarkdownPage[];
  articles: MarkdownPage[];
  faqs: MarkdownPage[];
  guide: MarkdownPage;
  /** Home, lists, tags and search. */
  other: MarkdownPage[];
}

let built: Promise<MarkdownSite> | undefined;

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
  const lastPage = Math.max(1, Math.ceil(articles.length / articlesPerPage));
  const listPages = Array.from({ length: lastPage }, (_, index) =>
    articleListMarkdown(index + 1, lastPage, articles.slice(index * articlesPerPage, (index + 1) * articlesPerPage)),
  );
  const main = await requireComparison('project-manager-vs-online-business-manager', 'src/queries/markdown/index.ts');
  return {
    comparisons: await Promise.all(comparisons.map(comparisonMarkdown)),
    rows: await Promise.all(
      comparisons.flatMap((comparison) => comparison.data.rows.map((row) => rowMarkdown(comparison, row))),
    ),
    articles: await Promise.all(articles.map(articleMarkdown)),
    faqs: await Promise.all(groups.flatMap((group) => group.faqs).map(faqMarkdown)),
    guide: guideMarkdown(guide),
    other: [
      await homeMarkdown(main, articles.slice(0, 6)),
      ...listPages,
      ...[...byTag].map(([tag, tagged]) => tagMarkdown(tag, tagged)),
      comparisonListMarkdown(comparisons),
      await faqListMarkdown(groups),
      ...(await Promise.all(groups.map(faqTopicMarkdown))).flat(),
      ...sourceListMarkdown(sources),
      ...sources.map(sourceMarkdown),
      ...guide.results.map((result) => guideResultMarkdown(guide, result)),
      searchMarkdown(),
    ],
  };
}

/** Built once per build: the Markdown route, llms.txt and llms-full.txt all read it. */
export function markdownSite(): Promise<MarkdownSite> {
  built ??= build();
  return built;
}

export async function allMarkdownPages(): Promise<MarkdownPage[]> {
  const site = await markdownSite();
  return [...site.other, ...site.comparisons, ...site.rows, ...site.articles, ...site.faqs, site.guide];
}
