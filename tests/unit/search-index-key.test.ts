import { describe, expect, it } from 'vitest';
import { pageDigest, searchIndexKey } from '../../src/lib/search/index-key';

const page = (path: string, html: string) => ({ path, digest: pageDigest(Buffer.from(html)) });
const site = [page('index.html', '<h1>Home</h1>'), page('faq/index.html', '<h1>FAQ</h1>')];

describe('the search index key', () => {
  it('is the same for the same pages, in whatever order the disk lists them', () => {
    expect(searchIndexKey(site, 'pagefind@1.6.0')).toBe(searchIndexKey(site.toReversed(), 'pagefind@1.6.0'));
  });

  it('changes when a page changes, moves, is added, or the indexer changes', () => {
    const key = searchIndexKey(site, 'pagefind@1.6.0');
    const variants = [
      [page('index.html', '<h1>Home!</h1>'), site[1]],
      [page('home.html', '<h1>Home</h1>'), site[1]],
      [...site, page('new/index.html', '<h1>New</h1>')],
    ].map((pages) => searchIndexKey(pages as typeof site, 'pagefind@1.6.0'));
    variants.push(searchIndexKey(site, 'pagefind@1.7.0'));
    expect(new Set([key, ...variants]).size).toBe(5);
  });

  it('does not let a path run into the next field', () => {
    const a = [{ path: 'ab', digest: 'c' }];
    const b = [{ path: 'a', digest: 'bc' }];
    expect(searchIndexKey(a, 'x')).not.toBe(searchIndexKey(b, 'x'));
  });
});
