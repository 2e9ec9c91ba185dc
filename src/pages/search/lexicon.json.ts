import type { APIRoute } from 'astro';
import { searchLexicon } from '../../queries/search-lexicon';

/**
 * /search/lexicon.json: the core of what the search UI needs to understand a question (filler,
 * synonyms, role names, short questions about a role). Fetched with Pagefind when search opens;
 * its size does not grow with the number of pages (src/lib/search/lexicon-buckets.ts).
 */
export const GET: APIRoute = async () => {
  const { core } = await searchLexicon();
  return new Response(JSON.stringify(core), { headers: { 'Content-Type': 'application/json' } });
};
