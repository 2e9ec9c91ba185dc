/**
 * The rules of dist/_headers, in the order that gives the same result on Cloudflare Pages and on
 * Netlify (see headers-file.ts for how each host combines rules).
 */
import type { HeaderRule } from './headers-file.ts';

export interface SiteHeadersInput {
  /** The deploy base, `/` or `/kb/`. */
  base: string;
  /** The site's CSP, `frame-ancestors 'none'` included. */
  sitePolicy: string;
  /** The CSP of the embed pages, which any site may frame. */
  embedPolicy: string;
  /** Canonical comparison ids: their pages are named one by one (see the Markdown rules). */
  comparisonIds: string[];
}

const commonHeaders: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** A page's Markdown twin, relative to the page's own URL, so one rule serves a whole section. */
const markdownLink: [string, string] = ['Link', '<index.html.md>; rel="alternate"; type="text/markdown"'];

export function siteHeaderRules(input: SiteHeadersInput): HeaderRule[] {
  const prefix = input.base.endsWith('/') ? input.base : `${input.base}/`;
  // `/compare/:slug/` would also match `/compare/<slug>.csv` on Netlify (trailing slash optional),
  // so comparison pages are named; every other pattern matches pages and Markdown files only.
  const pages = [
    '',
    'articles/',
    'articles/:page/',
    'tags/:tag/',
    'tags/:tag/:page/',
    'compare/',
    ...input.comparisonIds.map((id) => `compare/${id}/`),
    'compare/:comparison/:row/',
    'faq/',
    'faq/:id/',
    'faq/topics/:topic/',
    'faq/topics/:topic/:page/',
    'guide/',
    'guide/results/:result/',
    'planner/',
    'search/',
    'search/tips/',
    'sources/',
    'sources/:id/',
  ];
  return [
    {
      path: `${prefix}*`,
      set: [...commonHeaders, ['Content-Security-Policy', input.sitePolicy]],
    },
    { path: `${prefix}_astro/*`, set: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { path: `${prefix}pagefind/*`, set: [['Cache-Control', 'public, max-age=3600']] },
    {
      comment:
        'Embeds may be framed by any site. Cloudflare Pages would add this CSP to the one above (both\n' +
        'enforced, so framing stays refused): the ! line drops the inherited one first. Netlify ignores\n' +
        "the ! line and keeps the last matching rule's value, which is this one.",
      path: `${prefix}embed/*`,
      detach: ['Content-Security-Policy'],
      set: [
        ['Content-Security-Policy', input.embedPolicy],
        ['X-Robots-Tag', 'noindex'],
        ['Access-Control-Allow-Origin', '*'],
      ],
    },
    ...pages.map((page, index) => ({
      ...(index === 0 ? { comment: "Each page's Markdown twin (also linked from its <head>)." } : {}),
      path: `${prefix}${page}`,
      set: [markdownLink],
    })),
    {
      comment: 'Last, so on Netlify it replaces the Link a page pattern above gave a Markdown file.',
      path: `${prefix}*.md`,
      set: [
        ['Content-Type', 'text/markdown; charset=utf-8'],
        ['Link', '<./>; rel="canonical"'],
      ],
    },
  ];
}
