import type { APIRoute } from 'astro';
import { searchLexicon } from '../../queries/search-lexicon';

/** /search/vocabulary.json: every site word, fetched only when a reader's word is not one of them. */
export const GET: APIRoute = async () => {
  const { full } = await searchLexicon();
  return new Response(JSON.stringify(full.vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
