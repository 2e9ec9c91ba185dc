import type { RootContent } from 'mdast';
import { sourceKinds, type Source } from '../schemas/source';
import { heading, link, list, paragraph } from './nodes';
import { stringifyMarkdown } from './stringify';

export interface CitedSource extends Pick<Source, 'title' | 'author' | 'publisher' | 'url' | 'kind'> {
  read: Date;
}

export interface PageDocument {
  /** The page's title, which becomes the H1. */
  title: string;
  description: string;
  /** The page's canonical URL. */
  url: string;
  /** A line of facts under the description: dates, reading time. */
  facts?: string[] | undefined;
  body: RootContent[];
  sources?: CitedSource[] | undefined;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** One source as a named link, then who published it and what kind of page it is. */
function citation(source: CitedSource) {
  const by = [source.author, source.publisher].filter(Boolean).join(', ');
  return [
    link(source.url, source.title),
    `: ${by} (${sourceKinds[source.kind].toLowerCase()}, read ${isoDate(source.read)})`,
  ];
}

/**
 * A page as Markdown: the title as H1, the description, where the page lives, the body, and the
 * sources its facts come from as named links.
 */
export function pageDocument(page: PageDocument): string {
  const facts = [...(page.facts ?? []), 'Web page: '];
  return stringifyMarkdown([
    heading(1, page.title),
    paragraph(page.description),
    paragraph(facts.join(' · '), link(page.url, page.url)),
    ...page.body,
    ...(page.sources?.length ? [heading(2, 'Sources'), list(page.sources.map(citation))] : []),
  ]);
}

export { isoDate };
