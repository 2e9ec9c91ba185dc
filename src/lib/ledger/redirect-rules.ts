import type { LedgerPage } from './built-page.ts';

/**
 * `_redirects` lines for every redirect stub, so hosts that read the file (Cloudflare Pages,
 * Netlify) answer with a real 301 and the static stub is only the fallback. Paths carry the base.
 */
export function redirectRules(pages: readonly LedgerPage[], base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const lines = pages
    .filter((page) => page.redirectTo !== undefined)
    .map((page) => `${prefix}${page.path} ${prefix}${page.redirectTo} 301`)
    .sort();
  return lines.length ? `${lines.join('\n')}\n` : '';
}
