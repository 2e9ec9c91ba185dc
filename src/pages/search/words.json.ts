import type { APIRoute } from 'astro';
import { bucketFile } from '../../lib/search/lexicon-buckets';
import { searchLexicon } from '../../queries/search-lexicon';

/**
 * Every lexicon bucket by its file name, for the build step that writes each to
 * /search/words/<key>.json and removes this file (src/integrations/word-buckets.ts).
 */
export const GET: APIRoute = async () => {
  const { buckets } = await searchLexicon();
  const byFile = Object.fromEntries([...buckets].map(([key, bucket]) => [bucketFile(key), bucket]));
  return new Response(JSON.stringify(byFile), { headers: { 'Content-Type': 'application/json' } });
};
