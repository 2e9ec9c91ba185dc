/** Markdown of the pages that carry the knowledge: articles, FAQ answers, comparisons and their rows. */
import { getEntries, getEntry } from 'astro:content';
import { rowDescription, rowHeading } from '../../lib/content/comparison-row';
import { heading, link, list, paragraph } from '../../lib/markdown/nodes';
import { contentBodyToMarkdown } from '../../lib/markdown/content-body';
import { isoDate, pageDocument } from '../../lib/markdown/page-document';
import type { ComparisonRow } from '../../lib/schemas/comparison';
import { summarize } from '../../lib/content/summary';
import { proseOf } from '../../lib/content/text-stats';
import { paths } from '../../lib/content/urls';
import type { Article } from '../articles';
import type { Comparison } from '../comparisons';
import type { Faq } from '../faqs';
import { bodyContext, citedSources, comparisonRowsTable, tableSubjects, urlOf } from './context';

export interface MarkdownPage {
  /** The HTML page's path, e.g. `/articles/glossary/`. */
  path: string;
  title: string;
  description: string;
  markdown: string;
}

const reviewed = (date: Date) => `Last reviewed ${isoDate(date)}`;

export async function articleMarkdown(article: Article): Promise<MarkdownPage> {
  const { data } = article;
  const path = paths.article(article.id);
  const url = urlOf(path);
  const markdown = pageDocument({
    title: data.title,
    description: data.description,
    url,
    facts: [
      `Published ${isoDate(data.published)}`,
      ...(data.updated ? [`Updated ${isoDate(data.updated)}`] : []),
      reviewed(data.reviewed),
    ],
    body: await contentBodyToMarkdown(article.body ?? '', bodyContext(article.filePath ?? path, url)),
    sources: await citedSources(data.sources),
  });
  return { path, title: data.title, description: data.description, markdown };
}

/** The same words the FAQ page uses for its meta description. */
export const faqDescription = (faq: Faq) => summarize(proseOf(faq.body ?? ''));

export async function faqBody(faq: Faq, url: string) {
  const article = await getEntry(faq.data.article);
  return [
    ...(await contentBodyToMarkdown(faq.body ?? '', bodyContext(faq.filePath ?? url, url))),
    paragraph('Read more: ', link(urlOf(paths.article(article.id)), article.data.title)),
  ];
}

export async function faqMarkdown(faq: Faq): Promise<MarkdownPage> {
  const path = paths.faqPage(faq.id);
  const url = urlOf(path);
  const description = faqDescription(faq);
  const markdown = pageDocument({
    title: faq.data.question,
    description,
    url,
    facts: [reviewed(faq.data.reviewed)],
    body: await faqBody(faq, url),
    sources: await citedSources(faq.data.sources),
  });
  return { path, title: faq.data.question, description, markdown };
}

export async function comparisonMarkdown(comparison: Comparison): Promise<MarkdownPage> {
  const { data } = comparison;
  const path = paths.comparison(comparison.id);
  const url = urlOf(path);
  const faqs = await getEntries(data.faqs);
  const markdown = pageDocument({
    title: data.title,
    description: data.description,
    url,
    facts: [reviewed(data.reviewed)],
    body: [
      heading(2, 'The short answer'),
      paragraph(data.verdict),
      heading(2, 'Side by side'),
      await comparisonRowsTable(comparison),
      paragraph(
        'The same table as data: ',
        link(urlOf(paths.comparisonData(comparison.id, 'csv')), 'CSV'),
        ' and ',
        link(urlOf(paths.comparisonData(comparison.id, 'json')), 'JSON'),
        '.',
      ),
      heading(2, 'Why each difference matters'),
      list(
        data.rows.map((row) => [link(urlOf(paths.rowPage(comparison.id, row.id)), row.dimension), `: ${row.context}`]),
      ),
      ...(await contentBodyToMarkdown(comparison.body ?? '', bodyContext(comparison.filePath ?? path, url))),
      ...(faqs.length > 0
        ? [
            heading(2, 'Related questions'),
            list(faqs.map((faq) => [link(urlOf(paths.faqPage(faq.id)), faq.data.question)])),
          ]
        : []),
    ],
    sources: await citedSources(data.rows.flatMap((row) => row.sources)),
  });
  return { path, title: data.title, description: data.description, markdown };
}

export async function rowMarkdown(comparison: Comparison, row: ComparisonRow): Promise<MarkdownPage> {
  const path = paths.rowPage(comparison.id, row.id);
  const subjects = await tableSubjects(comparison);
  const title = rowHeading(row, subjects);
  const description = rowDescription(row, subjects);
  const markdown = pageDocument({
    title,
    description,
    url: urlOf(path),
    facts: [reviewed(comparison.data.reviewed)],
    body: [
      await comparisonRowsTable(comparison, [row.id]),
      paragraph(row.context),
      paragraph('Part of ', link(urlOf(paths.comparisonRow(comparison.id, row.id)), comparison.data.title), '.'),
    ],
    sources: await citedSources(row.sources),
  });
  return { path, title, description, markdown };
}
