/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the site's name, a blockquote summary, a few
 * paragraphs, then H2 sections that are lists of `[name](url): description` links. The section
 * named "Optional" lists what an assistant may skip when it is short of context.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { heading, link, list, paragraph } from './nodes';
import { stringifyMarkdown } from './stringify';

export interface LlmsLink {
  name: string;
  url: string;
  description: string;
}

export interface LlmsSection {
  title: string;
  links: LlmsLink[];
}

export interface LlmsTxt {
  name: string;
  summary: string;
  /** Paragraphs between the summary and the sections. */
  details: (PhrasingContent | string)[][];
  sections: LlmsSection[];
  optional: LlmsLink[];
}

export function llmsTxt(index: LlmsTxt): string {
  const section = (title: string, links: LlmsLink[]): RootContent[] => [
    heading(2, title),
    list(links.map((entry) => [link(entry.url, entry.name), `: ${entry.description}`])),
  ];
  return stringifyMarkdown([
    heading(1, index.name),
    { type: 'blockquote', children: [paragraph(index.summary)] },
    ...index.details.map((detail) => paragraph(...detail)),
    ...index.sections.filter((entry) => entry.links.length > 0).flatMap((entry) => section(entry.title, entry.links)),
    ...(index.optional.length > 0 ? section('Optional', index.optional) : []),
  ]);
}

/**
 * Every document in one file, each under a line naming its URL, separated by rules: what an
 * assistant reads when it wants all of the site at once.
 */
export function llmsFullTxt(name: string, summary: string, documents: { url: string; markdown: string }[]): string {
  const parts = documents.map((document) => `<!-- ${document.url} -->\n\n${document.markdown.trim()}\n`);
  return [`# ${name}\n\n> ${summary}\n`, ...parts].join('\n---\n\n');
}
