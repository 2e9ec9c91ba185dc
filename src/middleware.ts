/*
 * Finishes each built page as Astro renders it, before the file is written: its inline CSS keeps
 * only the rules the page can use, and its CSP meta only the hashes of its own inline code. Done
 * here rather than over dist/ afterwards, each page is written once, and a rebuild copies finished
 * pages from Astro's cache; the two passes over dist/ this replaced spent most of their time waiting
 * on the disk (measured in docs/decisions/2026-12-pages-finished-as-they-render.md).
 */
import { defineMiddleware } from 'astro:middleware';
import scriptWords from 'virtual:site-build/script-words';
import { pageCssTrimmer } from './lib/page-css/trim-page';
import { withOwnPolicy } from './lib/csp/page-policy';

// Scripts write markup after load, so the classes their words name stay in every page's CSS.
const trimCss = pageCssTrimmer(new Set(scriptWords));

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // The dev server sends its CSS apart from the page, so only a build has anything to trim.
  if (!import.meta.env.PROD || !response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(withOwnPolicy(trimCss(await response.text())), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
