import { detached, startTags, type StartTag } from '../html/start-tags.ts';

/** A built page as the ledger sees it: what it is, and which of its ids were published. */
export interface LedgerPage {
  /** URL path without the base, e.g. `/compare/x/`. */
  path: string;
  /** Where a redirect stub sends readers (a site path without the base, possibly with `#anchor`). */
  redirectTo?: string;
  /** A page that says the content was removed on purpose. */
  gone: boolean;
  /** Every element id: an old link lands if its anchor is any of them. */
  ids: Set<string>;
  /** Ids marked `data-shared-anchor`: comparison rows and FAQ answers, which people link to. */
  sharedAnchors: string[];
}

/** Strips the deploy base from a site-absolute href: `/kb/faq/` -> `/faq/`. */
export function withoutBase(href: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix && href.startsWith(`${prefix}/`) ? href.slice(prefix.length) : href;
}

/** Reads a built page's redirect target, gone marker and ids. */
export const readLedgerPage = (path: string, html: string, base = '/'): LedgerPage =>
  ledgerPageOf(path, startTags(html), base);

/** A built page's redirect target, gone marker and ids, from its start tags. */
export function ledgerPageOf(path: string, tags: Iterable<StartTag>, base = '/'): LedgerPage {
  const page: LedgerPage = { path, gone: false, ids: new Set(), sharedAnchors: [] };
  for (const tag of tags) {
    const found = tag.attributes.get('id');
    if (found) {
      const id = detached(found);
      page.ids.add(id);
      if (tag.attributes.has('data-shared-anchor')) page.sharedAnchors.push(id);
    }
    if (tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(tag.attributes.get('content') ?? '')?.[1];
      if (target) page.redirectTo = detached(withoutBase(target.trim(), base));
    }
    if (tag.attributes.has('data-gone')) page.gone = true;
  }
  return page;
}

/** The paths listed in a sitemap file (`<loc>` elements), without origin and base. */
export function sitemapPaths(xml: string, base = '/'): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    withoutBase(new URL(match[1] as string).pathname, base),
  );
}
