/*
 * The words of the pages that lead to the knowledge (home, lists, tags, sources, the guide's results
 * and search): each page's title, heading, description and intro, written once. The HTML page and
 * its Markdown twin (src/queries/markdown/list-pages.ts) both read them, so a copy edit reaches both.
 */
import type { GuideResult } from '../schemas/guide';
import { sourceKinds, type Source } from '../schemas/source';
import { site } from './site';
import { summarize } from './summary';

export interface ListPageCopy {
  /** The document title (`<title>`, `og:title`). */
  title: string;
  /** The page's H1 and the Markdown twin's title, without the page number (`pageHeading` adds it). */
  heading: string;
  /** The meta description, also the Markdown twin's first line. */
  description: string;
  /** The paragraph under the heading, where the page has one. */
  intro?: string;
}

/** Where a page stands in a list split into pages. */
export interface PagePosition {
  current: number;
  last: number;
}

/** "page 2 of 3", or '' on a list's first page, which is the list's own address. */
export const ofPages = ({ current, last }: PagePosition): string => (current === 1 ? '' : `page ${current} of ${last}`);

/** The H1 of a page with its page number after a comma, as the Markdown twin's title reads it. */
export const pageHeading = (copy: ListPageCopy, position?: PagePosition): string => {
  const page = position ? ofPages(position) : '';
  return page ? `${copy.heading}, ${page}` : copy.heading;
};

/** `text` with the page number joined on after `joiner`, or as it is on a first page. */
const withPage = (text: string, joiner: string, position: PagePosition) => {
  const page = ofPages(position);
  return page ? `${text}${joiner}${page}` : text;
};

export const homeCopy: ListPageCopy = {
  title: site.name,
  heading: 'Project manager or online business manager?',
  description: site.description,
  intro:
    'Both take work off your plate, but not the same work. Here is the difference in one breath, and everything you need to choose.',
};

export const articleListCopy = (position: PagePosition): ListPageCopy => ({
  title: withPage('Articles', ', ', position),
  heading: 'Articles',
  description: `${withPage('Every article on project managers, online business managers and how to choose between them, newest first', ': ', position)}.`,
  intro: 'Guides on what each role does, how they work with your team, and how to hire the right one.',
});

/** One tag's articles; `label` is the tag's label, `count` the articles it has on all its pages. */
export const tagCopy = (label: string, count: number, position: PagePosition): ListPageCopy => ({
  title: withPage(`Articles about ${label.toLowerCase()}`, ', ', position),
  heading: `Articles about ${label.toLowerCase()}`,
  description: `${withPage(`All ${count} articles tagged "${label}" in the PM or OBM knowledge base, newest first`, ': ', position)}.`,
});

export const comparisonListCopy: ListPageCopy = {
  title: 'Comparisons',
  heading: 'Comparisons',
  description:
    'Side-by-side tables of project managers, online business managers, virtual assistants and operations managers.',
  intro: 'Each comparison puts two roles side by side, row by row. Every row has its own link you can share.',
};

/** The FAQ list; `count` is the number of questions on it. */
export const faqListCopy = (count: number): ListPageCopy => ({
  title: 'Frequently asked questions',
  heading: 'Frequently asked questions',
  description:
    'Short, direct answers to the questions owners ask about project managers, online business managers and virtual assistants.',
  intro: `${count} questions owners ask. Each answer is short, names who says what, and links to the article that goes deeper.`,
});

/** One FAQ topic's answers; `count` is the topic's answers on all its pages. */
export const faqTopicCopy = (label: string, count: number, position: PagePosition): ListPageCopy => ({
  title: withPage(`${label}: frequently asked questions`, ', ', position),
  heading: label,
  description: `${withPage(`Every answer on ${label.toLowerCase()}: ${count} short answers about project managers, OBMs and the roles around them`, ', ', position)}.`,
});

/** The sources list; `total` is the number of sources on all its pages. */
export const sourceListCopy = (total: number, position: PagePosition): ListPageCopy => ({
  title: withPage('Sources', ', ', position),
  heading: 'Sources',
  description: `${withPage('Every page this knowledge base takes facts from: who wrote it, when it was read, what the site takes from it and which pages cite it', ': ', position)}.`,
  intro: `${total} pages the facts on this site come from. Practitioners disagree on parts of these roles, so each page says who holds which view, and figures are as of the date a source was read. Open a source to see what the site takes from it and every page that cites it.`,
});

/** Who wrote a source: the author and publisher, or the publisher alone. */
export const sourceByline = (source: Pick<Source, 'author' | 'publisher'>): string =>
  source.author ? `${source.author}, ${source.publisher}` : source.publisher;

export const sourceCopy = (source: Pick<Source, 'title' | 'author' | 'publisher' | 'kind'>): ListPageCopy => ({
  title: `Source: ${source.title}`,
  heading: source.title,
  description: `${sourceByline(source)}: what this knowledge base takes from this ${sourceKinds[source.kind].toLowerCase()}, and the pages that cite it.`,
});

/** One result of the decision guide, the page a shared result opens. */
export const guideResultCopy = (result: GuideResult): ListPageCopy => ({
  title: `${result.title}: the decision guide's answer`,
  heading: `${result.title} (${result.label})`,
  description: summarize(result.summary),
  intro: result.summary,
});

export const searchCopy: ListPageCopy = {
  title: 'Search',
  heading: 'Search',
  description: 'Search every article, FAQ answer and comparison on project managers and online business managers.',
};
