import type { LedgerPage } from './built-page.ts';

/**
 * Every address this build publishes: the sitemap's pages, each redirect stub and gone page (an
 * old address stays published once declared), and every shared anchor of a sitemap page as
 * `/path/#id`. Sorted, so the committed ledger diffs line by line.
 */
export function publishedAddresses(pages: LedgerPage[], sitemap: string[]): string[] {
  const listed = new Set(sitemap);
  const addresses = new Set(sitemap);
  for (const page of pages) {
    if (page.redirectTo !== undefined || page.gone) addresses.add(page.path);
    if (listed.has(page.path)) for (const id of page.sharedAnchors) addresses.add(`${page.path}#${id}`);
  }
  return [...addresses].sort();
}

/** Addresses of the build the ledger does not hold yet. */
export function newAddresses(ledger: readonly string[], published: readonly string[]): string[] {
  const known = new Set(ledger);
  return published.filter((address) => !known.has(address));
}
