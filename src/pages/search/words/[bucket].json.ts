import type { APIRoute, GetStaticPaths } from 'astro';
import { bucketFile, type LexiconBucket } from '../../../lib/search/lexicon-buckets';
import { searchLexicon } from '../../../queries/search-lexicon';

/**
 * /search/words/<key>.json: the site words and listed questions under one three-letter key, served
 * one by one by the dev server. A build writes them all as one file (/search/words.json) and a step
 * over dist/ splits it (src/integrations/word-buckets.ts): thousands of tiny routes cost Astro
 * seconds of rendering.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { buckets } = await searchLexicon();
  return [...buckets].map(([key, bucket]) => ({ params: { bucket: bucketFile(key) }, props: { bucket } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bucket: LexiconBucket }> = ({ props }) =>
  new Response(JSON.stringify(props.bucket), { headers: { 'Content-Type': 'application/json' } });
