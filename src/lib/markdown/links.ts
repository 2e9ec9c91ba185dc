import { withBase } from '../content/urls';

/** Where a page's Markdown lives: its URL plus `index.html.md` (the llmstxt.org convention for URLs ending in `/`). */
export function markdownPath(pagePath: string): string {
  if (!pagePath.endsWith('/')) throw new Error(`A page path ends in "/": ${pagePath}`);
  return `${pagePath}index.html.md`;
}

/**
 * An absolute URL for a link written in content: site paths (`/faq/x/`) get the site and the deploy
 * base, in-page anchors the page's own URL; other URLs are left as they are.
 */
export function absoluteLink(href: string, pageUrl: string, site: URL | string, base: string): string {
  if (href.startsWith('/') && !href.startsWith('//')) return new URL(withBase(href, base), site).href;
  return new URL(href, pageUrl).href;
}
