import { createHash } from 'node:crypto';

/** A page the search index is made from: its path in dist/ and a digest of its bytes. */
export interface IndexedPage {
  path: string;
  digest: string;
}

/** A digest of one page's bytes. */
export const pageDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * What decides a search index: the indexer (its version and settings) and every page, by path and
 * bytes. Pages are taken in path order, so the order the disk lists them in does not matter.
 */
export function searchIndexKey(pages: IndexedPage[], indexer: string): string {
  const hash = createHash('sha256').update(indexer).update('\0');
  for (const page of pages.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(page.path).update('\0').update(page.digest).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}
