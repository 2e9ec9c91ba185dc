import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fileFor } from './dist';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown parsed as CommonMark with GFM, as an assistant's Markdown reader would. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

export function headings(tree: Root, depth: number): string[] {
  const found: string[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth === depth) found.push(toString(node));
  });
  return found;
}

export function links(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'link', (node) => {
    found.push(node.url);
  });
  return found;
}

/** The site URL and base the build used, read from a page's canonical URL. */
export const siteOrigin = (canonical: string, path: string) => canonical.slice(0, canonical.length - path.length + 1);

/**
 * Why an absolute URL of this site does not resolve in dist/ (no file, or an anchor the page lacks),
 * or undefined when it does. `ids` gives a built page's element ids.
 */
export function unresolved(
  url: string,
  root: string,
  ids: (path: string) => Set<string> | undefined,
): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const parsed = new URL(url);
  const path = `/${decodeURIComponent(parsed.pathname).slice(new URL(root).pathname.length)}`;
  if (!fileFor(path)) return `${url}: no such file`;
  const anchor = decodeURIComponent(parsed.hash.slice(1));
  if (anchor && !ids(path)?.has(anchor)) return `${url}: no element #${anchor}`;
  return undefined;
}
