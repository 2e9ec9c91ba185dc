import type { APIRoute, GetStaticPaths } from 'astro';
import { bucketFile, type LexiconBucket } from '../../../lib/search/lexicon-buckets';
import { searchLexicon } from '../../../queries/search-lexicon';

/** /search/words/<key>.json: the site words and listed questions under one three-letter key. */
export const getStaticPaths = (async () => {
  const { buckets } = await searchLexicon();
  return [...buckets].map(([key, bucket]) => ({ params: { bucket: bucketFile(key) }, props: { bucket } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bucket: LexiconBucket }> = ({ props }) =>
  new Response(JSON.stringify(props.bucket), { headers: { 'Content-Type': 'application/json' } });
