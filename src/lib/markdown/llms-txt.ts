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
/**
 * The most `llms-full.txt` holds: Cloudflare Pages deploys no file over 25 MiB, which the whole
 * site passes at a few thousand articles (docs/markdown-for-assistants.md).
 */
export const llmsFullBudget = 20 * 1024 * 1024;

const separator = '\n---\n\n';

/**
 * Every document in one file, in the order given, until the next would take it past `budget`
 * bytes; a last line then says how many are left out and where they are (`index`, llms.txt).
 */
export function llmsFullTxt(
  name: string,
  summary: string,
  documents: { url: string; markdown: string }[],
  index: string,
  budget = llmsFullBudget,
): string {
  const parts = [`# ${name}\n\n> ${summary}\n`];
  // Room for the closing note, so the file stays within the budget with it.
  let bytes = Buffer.byteLength(parts[0] as string) + 512;
  for (const document of documents) {
    const part = `<!-- ${document.url} -->\n\n${document.markdown.trim()}\n`;
    bytes += Buffer.byteLength(part) + separator.length;
    if (bytes > budget) break;
    parts.push(part);
  }
  const left = documents.length - (parts.length - 1);
  if (left > 0) {
    parts.push(
      `${left} more ${left === 1 ? 'page is' : 'pages are'} not in this file, which is kept small enough for static hosts: ${index} lists every page, each with its Markdown.\n`,
    );
  }
  return parts.join(separator);
}
