/**
 * A page's own Content Security Policy, the `<meta http-equiv="content-security-policy">` Astro
 * writes with the hashes of every inline script and style of the site.
 */
import { formatPolicy, parsePolicy, withoutUnusedHashes, type Policy } from './policy.ts';
import { pageResources } from '../html/page-resources.ts';

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/;

/** The policy a page's CSP meta states, or undefined for a page without one. */
export function pagePolicy(html: string): Policy | undefined {
  const content = metaPattern.exec(html)?.[2];
  return content ? parsePolicy(content) : undefined;
}

/** The page with its CSP meta trimmed to the hashes of its own inline code. */
export function withOwnPolicy(html: string): string {
  const policy = pagePolicy(html);
  if (!policy) return html;
  const resources = pageResources(html);
  const own = withoutUnusedHashes(policy, {
    scripts: resources.scripts.flatMap((script) => (script.code === undefined ? [] : [script.code])),
    styles: resources.inlineStyles,
  });
  return html.replace(metaPattern, (_, start: string) => `${start}${formatPolicy(own)}"`);
}
