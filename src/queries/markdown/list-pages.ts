/** Markdown of the pages that lead to the knowledge: home, lists, tags, the guide and search. */
import { getEntry } from 'astro:content';
import type { PhrasingContent, RootContent } from 'mdast';
import { absoluteLink } from '../../lib/markdown/links';
import { heading, link, list, paragraph } from '../../lib/markdown/nodes';
import { pageDocument } from '../../lib/markdown/page-document';
import type { Guide } from '../../lib/schemas/guide';
import { sourceKinds } from '../../lib/schemas/source';
import { site as siteFacts } from '../../lib/content/site';
import { tagLabel, type Tag } from '../../lib/content/tags';
import { answersPerTopicPage, articlesPerPage, sourcesPerPage } from '../../lib/content/pagination';
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

function listPage(path: string, title: string, description: string, body: RootContent[]): MarkdownPage {
  return { path, title, description, markdown: pageDocument({ title, description, url: urlOf(path), body }) };
}

export async function homeMarkdown(main: Comparison, latest: Article[]): Promise<MarkdownPage> {
  const [pm, obm] = await Promise.all([getEntry('roles', 'pm'), getEntry('roles', 'obm')]);
  const roles = [pm, obm].filter((role) => role !== undefined);
  const keyRows = main.data.rows.filter((row) => row.key).map((row) => row.id);
  return listPage(paths.home(), 'Project manager or online business manager?', siteFacts.description, [
    paragraph(
      'Both take work off your plate, but not the same work. Here is the difference in one breath, and everything you need to choose.',
    ),
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

export function articleListMarkdown(page: number, lastPage: number, articles: Article[]): MarkdownPage {
  const ofPages = `page ${page} of ${lastPage}`;
  const first = page === 1;
  return listPage(
    paths.articlesPage(page),
    first ? 'Articles' : `Articles, ${ofPages}`,
    `Every article on project managers, online business managers and how to choose between them, newest first${first ? '' : `: ${ofPages}`}.`,
    [
      paragraph('Guides on what each role does, how they work with your team, and how to hire the right one.'),
      articleLinks(articles),
      ...(page < lastPage ? [paragraph(link(urlOf(paths.articlesPage(page + 1)), 'Next page'))] : []),
    ],
  );
}

/** The pages of one tag's articles, as many as the tag's pages. */
export function tagMarkdown(tag: Tag, articles: Article[]): MarkdownPage[] {
  const label = tagLabel(tag);
  const lastPage = Math.max(1, Math.ceil(articles.length / articlesPerPage));
  return Array.from({ length: lastPage }, (_, index) => {
    const page = index + 1;
    const ofPages = page === 1 ? '' : `, page ${page} of ${lastPage}`;
    return listPage(
      paths.tag(tag, page),
      `Articles about ${label.toLowerCase()}${ofPages}`,
      `All ${articles.length} articles tagged "${label}" in the PM or OBM knowledge base, newest first${ofPages}.`,
      [
        articleLinks(articles.slice(index * articlesPerPage, page * articlesPerPage)),
        ...(page < lastPage ? [paragraph(link(urlOf(paths.tag(tag, page + 1)), 'Next page'))] : []),
      ],
    );
  });
}

export function comparisonListMarkdown(comparisons: Comparison[]): MarkdownPage {
  return listPage(
    paths.comparisons(),
    'Comparisons',
    'Side-by-side tables of project managers, online business managers, virtual assistants and operations managers.',
    [
      paragraph('Each comparison puts two roles side by side, row by row. Every row has its own link you can share.'),
      list(
        comparisons.map((comparison) => [
          link(urlOf(paths.comparison(comparison.id)), comparison.data.title),
          `: ${comparison.data.description} (${comparison.data.rows.length} dimensions compared)`,
        ]),
      ),
    ],
  );
}

export async function faqListMarkdown(groups: FaqGroup[]): Promise<MarkdownPage> {
  const body: RootContent[] = [paragraph('Each answer is short and links to the article that goes deeper.')];
  for (const group of groups) {
    body.push(
      heading(2, group.label),
      list(group.faqs.map((faq) => [link(urlOf(paths.faqPage(faq.id)), faq.data.question)])),
    );
  }
  return listPage(
    paths.faq(),
    'Frequently asked questions',
    'Short, direct answers to the questions owners ask about project managers, online business managers and virtual assistants.',
    body,
  );
}

/** The pages of one FAQ topic, with their answers, as the topic's pages show them. */
export async function faqTopicMarkdown(group: FaqGroup): Promise<MarkdownPage[]> {
  const lastPage = Math.max(1, Math.ceil(group.faqs.length / answersPerTopicPage));
  return Promise.all(
    Array.from({ length: lastPage }, async (_, index) => {
      const page = index + 1;
      const path = paths.faqTopic(group.category, page);
      const body: RootContent[] = [];
      for (const faq of group.faqs.slice(index * answersPerTopicPage, page * answersPerTopicPage)) {
        body.push(heading(2, faq.data.question), ...(await faqBody(faq, urlOf(path))));
      }
      if (page < lastPage) body.push(paragraph(link(urlOf(paths.faqTopic(group.category, page + 1)), 'Next page')));
      const ofPages = page === 1 ? '' : `, page ${page} of ${lastPage}`;
      return listPage(
        path,
        `${group.label}${ofPages}`,
        `Every answer on ${group.label.toLowerCase()}${ofPages}.`,
        body,
      );
    }),
  );
}

/** The pages of the sources list: every source with who wrote it and what the site takes from it. */
export function sourceListMarkdown(entries: { source: SourceEntry; citedBy: Citation[] }[]): MarkdownPage[] {
  const order = Object.keys(sourceKinds);
  const sorted = [...entries].sort((a, b) => order.indexOf(a.source.data.kind) - order.indexOf(b.source.data.kind));
  const lastPage = Math.max(1, Math.ceil(sorted.length / sourcesPerPage));
  return Array.from({ length: lastPage }, (_, index) => {
    const page = index + 1;
    const ofPages = page === 1 ? '' : `, page ${page} of ${lastPage}`;
    return listPage(
      paths.sourcesPage(page),
      `Sources${ofPages}`,
      `Every page this knowledge base takes facts from: who wrote it, when it was read and what the site takes from it${ofPages}.`,
      [
        list(
          sorted
            .slice(index * sourcesPerPage, page * sourcesPerPage)
            .map(({ source }) => [
              link(source.data.url, source.data.title),
              `, ${source.data.author ? `${source.data.author}, ` : ''}${source.data.publisher} (read ${isoDate(source.data.read)}): ${source.data.takes}`,
            ]),
        ),
        ...(page < lastPage ? [paragraph(link(urlOf(paths.sourcesPage(page + 1)), 'Next page'))] : []),
      ],
    );
  });
}

/** One source: what the site takes from it and every page that cites it. */
export function sourceMarkdown({ source, citedBy }: { source: SourceEntry; citedBy: Citation[] }): MarkdownPage {
  const { data } = source;
  return listPage(paths.source(source.id), data.title, `${data.author ? `${data.author}, ` : ''}${data.publisher}.`, [
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
  return listPage(path, `${result.title} (${result.label})`, result.summary.slice(0, 160), [
    paragraph(result.summary),
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
  return listPage(paths.guide(), guide.title, guide.description, body);
}

export function searchMarkdown(): MarkdownPage {
  return listPage(
    paths.search(),
    'Search',
    'Search every article, FAQ answer and comparison on project managers and online business managers.',
    [
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
    ],
  );
}
