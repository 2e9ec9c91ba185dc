/*
 * Ranking on top of Pagefind's JS API: the reader's question is understood first (query.ts), then
 * searched term by term and combined here. Pure over the API's shape, so the tests can stand in a
 * Pagefind of their own.
 */
import type { Lexicon } from './lexicon';
import { similarQuestions } from './listed-questions';
import { correctedQuery, understandQuery, wholePhrase, type Term, type UnderstoodQuery } from './query';
import { rankingWeights } from './ranking-weights';

export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}

/** A result's fragment: Pagefind escapes `excerpt` (apart from <mark>); `meta` and `content` are raw text. */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  totalFilters?: Record<string, Record<string, number>>;
}

/** The part of pagefind.js the site uses. */
export interface Pagefind {
  search(query: string, options?: object): Promise<PagefindResponse>;
  options(options: object): Promise<void>;
  init?: () => Promise<void>;
  preload?: (term: string, options?: object) => Promise<void>;
}

export interface SiteSearchResponse {
  results: PagefindResult[];
  /** Each result's weight in the ranking, in the same order: how far the first leads the next. */
  weights: number[];
  /** How alike the reader's question and each result's closest listed question are (0 to 1). */
  likeness: number[];
  totalFilters: Record<string, Record<string, number>> | undefined;
  /** The one text whose search gives the counts by type (`totalFilters`), searched again with a filter to get them. */
  countedText: string | undefined;
  understood: UnderstoodQuery;
  /** The best result matches only some of the terms. */
  partial: boolean;
}

/**
 * A role is searched by its shortest name only (its abbreviation): every page about a role carries
 * all its names in the index, and a many-word name costs Pagefind far more on a large site.
 */
const shortest = (names: string[]): string =>
  names.reduce((best, name) => (name.split(' ').length < best.split(' ').length ? name : best));

/** What is searched for a term: a role by its shortest name, anything else by its first variants. */
const searchedFor = (term: Term): string[] =>
  term.kind === 'role' ? [shortest(term.variants)] : term.variants.slice(0, rankingWeights.variantsPerTerm);

/** The share of a term's weight a match earns: some for matching at all, the rest by its score against the best. */
const matchShare = (score: number, top: number): number =>
  rankingWeights.matchFloor + ((1 - rankingWeights.matchFloor) * score) / top;

/**
 * Searches the way a reader asks. Each term is searched on its own, by each of its variants, and a
 * page ranks by the terms it matches, each weighted by how rare it is on the site (a page matching
 * "PMP" and "certification" beats one matching "manager" often), then by how well it matches each.
 * A page listing the reader's whole phrasing (its `askedAs`) counts as matching every term. So a
 * question sharing any meaningful word with the site finds pages, and pages matching more of it
 * come first.
 */
/** The Pagefind searches a query makes: its whole phrase, the markers of listed questions like it, each term's words. */
function searchPlan(query: string, lexicon: Lexicon) {
  const understood = understandQuery(query, lexicon);
  const terms = understood.terms.slice(0, rankingWeights.maxTerms);
  // Compared with listed questions as corrected, so a misspelt role name still counts as the role.
  const similar = similarQuestions(correctedQuery(query, understood), lexicon).slice(
    0,
    rankingWeights.maxListedQuestions,
  );
  // The whole phrase is searched to find a page listing this very phrasing; when a listed question
  // is the reader's own, its marker finds that page, and the phrase's filler words (the largest
  // index chunks there are) need not be fetched.
  const listedVerbatim = (similar[0]?.similarity ?? 0) >= 1;
  return { understood, terms, phrase: listedVerbatim ? undefined : wholePhrase(query, lexicon, understood), similar };
}

/**
 * Every text `searchSite` will give Pagefind for this query. Preloading them fetches their index
 * chunks without a search, so a query the reader has typed past by then costs none.
 */
export function searchedTexts(query: string, lexicon: Lexicon): string[] {
  const { terms, phrase, similar } = searchPlan(query, lexicon);
  return [...(phrase ? [phrase] : []), ...similar.map((match) => match.marker), ...terms.flatMap(searchedFor)];
}

export async function searchSite(
  pagefind: Pagefind,
  query: string,
  { lexicon, filters }: { lexicon: Lexicon; filters?: object },
): Promise<SiteSearchResponse> {
  const { understood, terms, phrase, similar } = searchPlan(query, lexicon);
  const search = (text: string) => pagefind.search(text, filters && { filters });
  const [whole, asked, ...perTerm] = await Promise.all([
    phrase ? search(phrase) : undefined,
    Promise.all(similar.map((match) => search(match.marker))),
    ...terms.map((term) => Promise.all(searchedFor(term).map(search))),
  ]);
  const pages = Math.max(lexicon.pages ?? 0, 1);
  const ranked = new Map<string, { result: PagefindResult; weight: number; matched: number; likeness: number }>();
  const credit = (result: PagefindResult, weight: number) => {
    const entry = ranked.get(result.id) ?? { result, weight: 0, matched: 0, likeness: 0 };
    entry.weight += weight;
    entry.matched += 1;
    ranked.set(result.id, entry);
  };
  let rarity = 0;
  for (const responses of perTerm as PagefindResponse[][]) {
    const best = new Map<string, PagefindResult>();
    for (const response of responses) {
      for (const result of response.results) {
        if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
      }
    }
    if (!best.size) continue;
    const idf = Math.log(1 + pages / best.size);
    rarity += idf;
    const top = Math.max(...[...best.values()].map((result) => result.score)) || 1;
    for (const result of best.values()) credit(result, idf * matchShare(result.score, top));
  }
  if (whole?.results.length) {
    const top = Math.max(...whole.results.map((result) => result.score)) || 1;
    for (const result of whole.results) credit(result, rarity * matchShare(result.score, top));
  }
  // A page that lists a question like the reader's is the answer they asked for.
  similar.forEach((match, index) => {
    for (const result of asked[index]?.results ?? []) {
      credit(result, (rarity || 1) * rankingWeights.listedQuestion * match.similarity);
      const entry = ranked.get(result.id);
      if (entry) entry.likeness = Math.max(entry.likeness, match.similarity);
    }
  });
  const results = [...ranked.values()].sort((a, b) => b.weight - a.weight);
  // The counts by type come from one search: the whole phrase's, or the first term's that found pages.
  const searches: [string | undefined, PagefindResponse | undefined][] = [
    [phrase, whole],
    ...terms.flatMap((term, index) =>
      searchedFor(term).map((text, variant): [string, PagefindResponse | undefined] => [
        text,
        (perTerm as PagefindResponse[][])[index]?.[variant],
      ]),
    ),
  ];
  const [countedText, fullest] = searches.find(([, response]) => response?.results.length) ?? [];
  return {
    results: results.map((entry) => entry.result),
    weights: results.map((entry) => entry.weight),
    likeness: results.map((entry) => entry.likeness),
    totalFilters: fullest?.totalFilters,
    countedText,
    understood,
    partial: results.length > 0 && (results[0]?.matched ?? 0) < terms.length,
  };
}
