import { describe, expect, it } from 'vitest';
import { searchedTexts, searchSite } from '../../src/lib/search/rank';
import type { Lexicon } from '../../src/lib/search/lexicon';

/** A stand-in for Pagefind: each query finds the pages listed for it, with their scores. */
function engine(index: Record<string, [string, number][]>) {
  return {
    options: async () => {},
    search: async (query: string) => ({
      results: (index[query] ?? []).map(([id, score]) => ({ id, score, data: async () => ({ url: `/${id}/` }) })),
    }),
  } as unknown as Parameters<typeof searchSite>[0];
}

const lexicon: Lexicon = {
  filler: ['a', 'an', 'can', 'do', 'i', 'is', 'the', 'what', 'you'],
  synonyms: { afford: ['cost'] },
  roles: [['Online Business Manager', 'OBM']],
  vocabulary: ['certification', 'cost', 'manager', 'online', 'pmp', 'retainer'],
  pages: 100,
  questions: [['zqfaq', 'Can I afford an OBM?']],
};
/** The texts `searchSite` gives Pagefind for a query, in the order it gives them. */
async function textsSearched(query: string): Promise<string[]> {
  const searched: string[] = [];
  const pagefind = {
    options: async () => {},
    search: async (text: string) => {
      searched.push(text);
      return { results: [] };
    },
  } as unknown as Parameters<typeof searchSite>[0];
  await searchSite(pagefind, query, { lexicon });
  return searched;
}
const ids = async (response: Awaited<ReturnType<typeof searchSite>>) => response.results.map((result) => result.id);

describe('searchSite', () => {
  it('names the one search the counts by type come from: the first that found pages', async () => {
    const pagefind = engine({ certification: [['cert', 3]] });
    const response = await searchSite(pagefind, 'pmp certification', { lexicon });
    // "pmp" found nothing, so the counts come from "certification", not from every search made.
    expect(response.countedText).toBe('certification');
    expect((await searchSite(engine({}), 'pmp certification', { lexicon })).countedText).toBeUndefined();
  });
  it('ranks a page matching more of the question above one matching a single word often', async () => {
    const pagefind = engine({
      pmp: [
        ['both', 1],
        ['pmp-only', 9],
      ],
      certification: [
        ['both', 1],
        ['cert-only', 9],
      ],
    });
    const response = await searchSite(pagefind, 'pmp certification', { lexicon });
    expect((await ids(response))[0]).toBe('both');
    expect(response.partial).toBe(false);
  });
  it('weighs a rare word above a common one', async () => {
    const common = Array.from({ length: 80 }, (_, i): [string, number] => [`common-${i}`, 5]);
    const pagefind = engine({ manager: [...common, ['rare', 1]], pmp: [['rare-pmp', 1]] });
    expect((await ids(await searchSite(pagefind, 'pmp manager', { lexicon })))[0]).toBe('rare-pmp');
  });
  it('never comes back empty when one meaningful word matches, and names the words nothing matched', async () => {
    const pagefind = engine({ retainer: [['engagement', 2]] });
    const response = await searchSite(pagefind, 'retainer pmp zeppelin', { lexicon });
    expect(await ids(response)).toEqual(['engagement']);
    expect(response.partial).toBe(true);
    expect(response.understood.unknown).toEqual(['zeppelin']);
  });
  it('puts first the page that lists a question like the reader’s', async () => {
    const pagefind = engine({
      cost: [
        ['rates-article', 9],
        ['faq', 1],
      ],
      obm: [
        ['rates-article', 9],
        ['faq', 1],
      ],
      'online business manager': [['rates-article', 9]],
      zqfaq: [['faq', 1]],
    });
    expect((await ids(await searchSite(pagefind, 'can you afford an OBM?', { lexicon })))[0]).toBe('faq');
  });

  it('names beforehand every text it searches, so their chunks can be fetched without a search', async () => {
    for (const query of ['can i afford an obm', 'pmp certification', 'retainer pmp zeppelin', 'online manager']) {
      expect(searchedTexts(query, lexicon).sort(), query).toEqual((await textsSearched(query)).sort());
    }
  });

  it('searches the whole phrase only when no listed question is the reader’s own', async () => {
    // The listed question's marker finds the page listing this very phrasing.
    const verbatim = await textsSearched('can i afford an obm');
    expect(verbatim).toContain('zqfaq');
    expect(verbatim).not.toContain('can i afford an obm');
    expect(await textsSearched('what is the cost')).toContain('what is the cost');
  });
});
