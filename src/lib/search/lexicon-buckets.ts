/*
 * The search lexicon in parts, so what a search fetches depends on the reader's words, not on the
 * size of the site. The core (filler, synonyms, role names, and the short questions about a role)
 * comes with Pagefind; the site's words and the listed questions come in buckets by their first
 * three letters, fetched as the reader types each word; the whole vocabulary only when a word
 * matches nothing and may be misspelt.
 */
import type { Lexicon } from './lexicon';
import { meaningfulWords, questionWords } from './listed-questions';
import { normaliseQuery } from './normalise-query';
import { understandQuery } from './query';

export interface LexiconBucket {
  /** Site words starting with the bucket's letters, sorted. */
  words: string[];
  /** Per page, its marker and the phrasings that hold a meaningful word starting with them. */
  questions: [string, ...string[]][];
}

/** Where the parts of the lexicon are read from: the built site's files, in the browser or a test. */
export interface LexiconSource {
  bucket(key: string): Promise<LexiconBucket | undefined>;
  vocabulary(): Promise<string[]>;
}

export const bucketKey = (word: string): string => word.slice(0, 3);

/** A bucket's file name: its letters' UTF-8 bytes in hex, since a key may hold any letter. */
export const bucketFile = (key: string): string =>
  [...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A question about a role with at most this many other meaningful words ("What does a COO do day
 * to day?") is also in the core: readers ask them with few words in common but the role.
 */
const shortRoleQuestion = 2;

type Questions = [string, ...string[]][];

function addPhrasing(into: Map<string, string[]>, marker: string, phrasing: string): void {
  const phrasings = into.get(marker) ?? [];
  if (!phrasings.includes(phrasing)) phrasings.push(phrasing);
  into.set(marker, phrasings);
}

const asQuestions = (byMarker: Map<string, string[]>): Questions =>
  [...byMarker].map(([marker, phrasings]) => [marker, ...phrasings]);

/**
 * The buckets a question's meaningful words are filed under: the letters of each stem and of each
 * whole word, which differ when a stem is short or spelt apart ("eos" is "eo", "dying" is "die").
 */
const keysOf = ({ words, wholeWords }: { words: string[]; wholeWords: string[] }): string[] => [
  ...new Set([...words, ...wholeWords].filter((word) => word.length >= 3).map(bucketKey)),
];

/** Splits the build's whole lexicon into the core and the buckets by key. */
export function splitLexicon(full: Lexicon): { core: Lexicon; buckets: Map<string, LexiconBucket> } {
  const words = new Map<string, string[]>();
  for (const word of full.vocabulary) words.set(bucketKey(word), [...(words.get(bucketKey(word)) ?? []), word]);
  const coreQuestions = new Map<string, string[]>();
  const bucketQuestions = new Map<string, Map<string, string[]>>();
  for (const [marker, ...phrasings] of full.questions ?? []) {
    for (const phrasing of phrasings) {
      const meaningful = meaningfulWords(questionWords(phrasing, full), full);
      for (const key of keysOf(meaningful)) {
        const bucket = bucketQuestions.get(key) ?? new Map<string, string[]>();
        addPhrasing(bucket, marker, phrasing);
        bucketQuestions.set(key, bucket);
      }
      if (meaningful.roles.length > 0 && meaningful.words.length <= shortRoleQuestion) {
        addPhrasing(coreQuestions, marker, phrasing);
      }
    }
  }
  const buckets = new Map<string, LexiconBucket>();
  for (const key of new Set([...words.keys(), ...bucketQuestions.keys()])) {
    buckets.set(key, { words: words.get(key) ?? [], questions: asQuestions(bucketQuestions.get(key) ?? new Map()) });
  }
  const { filler, synonyms, roles, pages } = full;
  return {
    core: { filler, synonyms, roles, vocabulary: [], questions: asQuestions(coreQuestions), ...(pages && { pages }) },
    buckets,
  };
}

/**
 * The buckets a query needs: those of the words whose spelling is checked (not filler, not part of
 * a role's name) and of its meaningful words' stems and whole words, which the listed questions
 * are filed under.
 */
export function bucketsFor(query: string, core: Lexicon): string[] {
  const filler = new Set(core.filler);
  const roleWords = new Set(core.roles.flat().flatMap((name) => normaliseQuery(name).split(' ')));
  const typed = normaliseQuery(query)
    .split(' ')
    .filter((word) => word.length >= 3 && !filler.has(word) && !roleWords.has(word));
  return [...new Set([...typed.map(bucketKey), ...keysOf(meaningfulWords(questionWords(query, core), core))])].sort();
}

/** The core with the given buckets' words and questions added. */
export function withBuckets(core: Lexicon, buckets: readonly LexiconBucket[]): Lexicon {
  const questions = new Map<string, string[]>();
  for (const [marker, ...phrasings] of [...(core.questions ?? []), ...buckets.flatMap((bucket) => bucket.questions)]) {
    for (const phrasing of phrasings) addPhrasing(questions, marker, phrasing);
  }
  return {
    ...core,
    vocabulary: [...new Set(buckets.flatMap((bucket) => bucket.words))].sort(),
    questions: asQuestions(questions),
  };
}

/**
 * The lexicon a query needs: the core, its buckets, and the whole vocabulary only when one of its
 * words is not a site word (it may be misspelt, and "Did you mean" looks across every word).
 * `cache` keeps each assembled lexicon by the buckets it holds, so the next keystroke in the same
 * word reuses it, and the questions' word sets worked out for it.
 */
export async function lexiconForQuery(
  query: string,
  core: Lexicon,
  source: LexiconSource,
  cache = new Map<string, Lexicon>(),
): Promise<Lexicon> {
  const keys = bucketsFor(query, core);
  const buckets = await Promise.all(keys.map((key) => source.bucket(key)));
  const id = keys.join(' ');
  let lexicon = cache.get(id);
  if (!lexicon) {
    lexicon = withBuckets(
      core,
      buckets.filter((bucket): bucket is LexiconBucket => bucket !== undefined),
    );
    cache.set(id, lexicon);
  }
  // The buckets settle whether a word is the site's; only a word long enough to correct
  // (`nearestWord`) needs every other word to compare with.
  const understood = understandQuery(query, lexicon);
  if (!understood.suggestions.length && !understood.unknown.some((word) => word.length >= 4)) return lexicon;
  let whole = cache.get(`${id} +vocabulary`);
  if (!whole) {
    whole = { ...lexicon, vocabulary: await source.vocabulary() };
    cache.set(`${id} +vocabulary`, whole);
  }
  return whole;
}
