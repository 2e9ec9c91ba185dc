/** What search knows of the site's words (src/queries/search-lexicon.ts), in parts: lexicon-buckets.ts. */
export interface Lexicon {
  /** Question words that carry no meaning for search. */
  filler: string[];
  /** A word and the site's words for the same thing. */
  synonyms: Record<string, string[]>;
  /** Every role's names: its name, abbreviation and aliases. */
  roles: string[][];
  /** The words the site uses, sorted. */
  vocabulary: string[];
  /** How many pages the index holds, for weighing how rare a word is. */
  pages?: number;
  /**
   * Per page: the marker word its index carries, then the questions it answers (an FAQ's question,
   * an article's title, their `askedAs` phrasings).
   */
  questions?: [string, ...string[]][];
}
