/* The lexicon's buckets, fetched as the reader types each word (src/lib/search/lexicon-buckets.ts). */
import { bucketFile, bucketsFor, lexiconForQuery, type LexiconBucket } from '../../lib/search/lexicon-buckets';
import type { Lexicon } from '../../lib/search/lexicon';
import { json, loadLexicon } from './pagefind';

const source = (base: string) => ({
  bucket: (key: string) => json<LexiconBucket>(`${base}search/words/${bucketFile(key)}.json`),
  vocabulary: async () => (await json<string[]>(`${base}search/vocabulary.json`)) ?? [],
});

const assembled = new Map<string, Map<string, Lexicon>>();

/** The lexicon for one query: its core and the buckets of its words. */
export async function lexiconFor(base: string, query: string): Promise<Lexicon> {
  let cache = assembled.get(base);
  if (!cache) assembled.set(base, (cache = new Map()));
  return lexiconForQuery(query, await loadLexicon(base), source(base), cache);
}

/** Fetches the buckets of the words typed so far, so the search after the last key waits on less. */
export async function prefetchLexicon(base: string, query: string): Promise<void> {
  const core = await loadLexicon(base);
  for (const key of bucketsFor(query, core)) void source(base).bucket(key);
}
