/** Markdown of the pages that lead to the knowledge: home, lists, tags, the guide and search. */
import { getEntry } from 'astro:content';
import type { PhrasingContent, RootContent } from 'mdast';
import { absoluteLink } from '../../lib/markdown/links';
import { heading, link, list, paragraph } from '../../lib/markdown/nodes';
import { pageDocument } from '../../lib/markdown/page-document';
import type { Guide } from '../../lib/schemas/guide';
import { sourceKinds } from '../../lib/schemas/source';
import {
  articleListCopy,
  comparisonListCopy,
  faqListCopy,
  faqTopicCopy,
  guideResultCopy,
  homeCopy,
  pageHeading,
  searchCopy,
  sourceByline,
  sourceCopy,
  sourceListCopy,
  tagCopy,
  type ListPageCopy,
} from '../../lib/content/list-page-copy';
import { tagLabel, type Tag } from '../../lib/content/tags';
import {
  answersPerTopicPage,
  articlesPerPage,
  listPages,
  sourcesPerPage,
  type ListPage,
} from '../../lib/content/pagination';
import { paths } from '../../lib/content/urls';
import type { Article } from '../articles';
import type { Comparison } from '../comparisons';
import type { FaqGroup } from '../faqs';
import type { Citation, SourceEntry } from '../sources';
import { isoDate } from '../../lib/content/dates';
import { faqBody, type MarkdownPage } from './content-pages';
import { base, comparisonRowsTable, site, urlOf } from './context';

const articleLinks = (articles: Article[]) =>
  list(
    articles.map((article) => [
      link(urlOf(paths.article(article.id)), article.data.title),
      `: ${article.data.description}`,
    ]),
  );

/** A page's twin: its heading as the title, its description, its intro, then `body`. */
function listPage(path: string, copy: ListPageCopy, body: RootContent[], position?: ListPage<unknown>): MarkdownPage {
  const title = pageHeading(copy, position);
  const { description } = copy;
  const all = [...(copy.intro ? [paragraph(copy.intro)] : []), ...body];
  return { path, title, description, markdown: pageDocument({ title, description, url: urlOf(path), body: all }) };
}

/** One page of a list split into pages: `listPage` with the page number, and a link to the next page. */
function pageOfList(
  page: ListPage<unknown>,
  pathOf: (page: number) => string,
  copy: ListPageCopy,
  body: RootContent[],
) {
  const next = page.current < page.last ? [paragraph(link(urlOf(pathOf(page.current + 1)), 'Next page'))] : [];
  return listPage(pathOf(page.current), copy, [...body, ...next], page);
}

export async function homeMarkdown(main: Comparison, latest: Article[]): Promise<MarkdownPage> {
  const [pm, obm] = await Promise.all([getEntry('roles', 'pm'), getEntry('roles', 'obm')]);
  const roles = [pm, obm].filter((role) => role !== undefined);
  const keyRows = main.data.rows.filter((row) => row.key).map((row) => row.id);
  return listPage(paths.home(), homeCopy, [
    list(roles.map((role) => [`${role.data.name} (${role.data.abbreviation}): ${role.data.definition}`])),
    heading(2, 'The key differences'),
    await comparisonRowsTable(main, keyRows),
    paragraph(
      link(urlOf(paths.comparison(main.id)), `All ${main.data.rows.length} differences in the full comparison`),
    ),
    heading(2, 'Start reading'),
    articleLinks(latest),
    paragraph(link(urlOf(paths.articles()), 'All articles'), ' · ', link(urlOf(paths.guide()), 'The decision guide')),
  ]);
}

/** The pages of the article list, newest first. */
export function articleListMarkdown(articles: Article[]): MarkdownPage[] {
  return listPages(articles, articlesPerPage).map((page) =>
    pageOfList(page, paths.articlesPage, articleListCopy(page), [articleLinks(page.items)]),
  );
}

/** The pages of one tag's articles, as many as the tag's pages. */
export function tagMarkdown(tag: Tag, articles: Article[]): MarkdownPage[] {
  const pathOf = (page: number) => paths.tag(tag, page);
  return listPages(articles, articlesPerPage).map((page) =>
    pageOfList(page, pathOf, tagCopy(tagLabel(tag), articles.length, page), [articleLinks(page.items)]),
  );
}

export function comparisonListMarkdown(comparisons: Comparison[]): MarkdownPage {
  return listPage(paths.comparisons(), comparisonListCopy, [
    list(
      comparisons.map((comparison) => [
        link(urlOf(paths.comparison(comparison.id)), comparison.data.title),
        `: ${comparison.data.description} (${comparison.data.rows.length} dimensions compared)`,
      ]),
    ),
  ]);
}

export async function faqListMarkdown(groups: FaqGroup[]): Promise<MarkdownPage> {
  const body: RootContent[] = [];
  for (const group of groups) {
    body.push(
      heading(2, group.label),
      list(group.faqs.map((faq) => [link(urlOf(paths.faqPage(faq.id)), faq.data.question)])),
    );
  }
  return listPage(paths.faq(), faqListCopy(groups.reduce((sum, group) => sum + group.faqs.length, 0)), body);
}

/** The pages of one FAQ topic, with their answers, as the topic's pages show them. */
export async function faqTopicMarkdown(group: FaqGroup): Promise<MarkdownPage[]> {
  const pathOf = (page: number) => paths.faqTopic(group.category, page);
  return Promise.all(
    listPages(group.faqs, answersPerTopicPage).map(async (page) => {
      const body: RootContent[] = [];
      for (const faq of page.items) {
        body.push(heading(2, faq.data.question), ...(await faqBody(faq, urlOf(pathOf(page.current)))));
      }
      return pageOfList(page, pathOf, faqTopicCopy(group.label, group.faqs.length, page), body);
    }),
  );
}

/** The pages of the sources list: every source with who wrote it and what the site takes from it. */
export function sourceListMarkdown(entries: { source: SourceEntry; citedBy: Citation[] }[]): MarkdownPage[] {
  const order = Object.keys(sourceKinds);
  const sorted = [...entries].sort((a, b) => order.indexOf(a.source.data.kind) - order.indexOf(b.source.data.kind));
  return listPages(sorted, sourcesPerPage).map((page) =>
    pageOfList(page, paths.sourcesPage, sourceListCopy(sorted.length, page), [
      list(
        page.items.map(({ source }) => [
          link(source.data.url, source.data.title),
          `, ${sourceByline(source.data)} (read ${isoDate(source.data.read)}): ${source.data.takes}`,
        ]),
      ),
    ]),
  );
}

/** One source: what the site takes from it and every page that cites it. */
export function sourceMarkdown({ source, citedBy }: { source: SourceEntry; citedBy: Citation[] }): MarkdownPage {
  const { data } = source;
  return listPage(paths.source(source.id), sourceCopy(data), [
    paragraph(link(data.url, data.url), ` (read ${isoDate(data.read)})`),
    heading(2, 'What this site takes from it'),
    paragraph(data.takes),
    heading(2, 'Cited on'),
    list(citedBy.map((citation) => [link(urlOf(citation.path), citation.title)])),
  ]);
}

/** One result of the guide: its summary, the answers that point to it and the next steps. */
export function guideResultMarkdown(guide: Guide, result: Guide['results'][number]): MarkdownPage {
  const path = paths.guideResult(result.id);
  const href = (target: string) => absoluteLink(target, urlOf(path), site, base);
  const supporting = guide.questions.flatMap((question) =>
    question.answers
      .filter((answer) => (answer.points[result.id] ?? 0) > 0)
      .map((answer): (PhrasingContent | string)[] => [
        `${question.question} “${answer.label}”: ${answer.reason} `,
        link(href(answer.link), 'Why'),
      ]),
  );
  return listPage(path, guideResultCopy(result), [
    heading(2, 'What points to this result'),
    list(supporting),
    heading(2, 'What to do next'),
    list(result.next.map((next) => [link(href(next.href), next.text)])),
  ]);
}

/** The guide as a reader with no script would use it: questions, what each answer counts for, results. */
export function guideMarkdown(guide: Guide): MarkdownPage {
  const results = new Map(guide.results.map((result) => [result.id, result]));
  const counts = (points: Record<string, number>) =>
    Object.entries(points)
      .map(([id, value]) => `${results.get(id)?.label ?? id} +${value}`)
      .join(', ');
  const pageUrl = urlOf(paths.guide());
  const href = (path: string) => absoluteLink(path, pageUrl, site, base);
  const body: RootContent[] = [paragraph(guide.intro), heading(2, 'Questions')];
  guide.questions.forEach((question, index) => {
    body.push(heading(3, `${index + 1}. ${question.question}`));
    if (question.hint) body.push(paragraph(question.hint));
    body.push(
      list(
        question.answers.map((answer) => [
          `${answer.label} (${counts(answer.points)}): ${answer.reason} `,
          link(href(answer.link), 'Why'),
        ]),
      ),
    );
  });
  body.push(
    heading(2, 'Results'),
    paragraph(`Add up the points of your answers; the result with the most wins. ${guide.tieRule}`),
  );
  for (const result of guide.results) {
    body.push(
      heading(3, `${result.title} (${result.label})`),
      paragraph(result.summary),
      list(result.next.map((next) => [link(href(next.href), next.text)])),
    );
  }
  return listPage(paths.guide(), { title: guide.title, heading: guide.title, description: guide.description }, body);
}

export function searchMarkdown(): MarkdownPage {
  return listPage(paths.search(), searchCopy, [
    paragraph(
      'Search with a GET request to this page with your words in the q parameter, for example ',
      link(`${urlOf(paths.search())}?q=retainer`, 'search for "retainer"'),
      '. The results appear with JavaScript.',
    ),
    paragraph('Without it, browse instead:'),
    list([
      [link(urlOf(paths.faq()), 'Questions and answers')],
      [link(urlOf(paths.articles()), 'Articles')],
      [link(urlOf(paths.comparisons()), 'Comparisons')],
      [link(`${urlOf('/')}llms.txt`, 'llms.txt'), ': an index of every page in Markdown'],
    ]),
  ]);
}
