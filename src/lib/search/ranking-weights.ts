/*
 * Every weight and threshold the site's ranking uses, in one place. They were chosen on the
 * real-question sets (docs/search.md): after changing one, run tests/build/search-quality.test.ts
 * and record the scores in docs/decisions/. Pagefind's own weights are in pagefind-options.ts.
 */
export const rankingWeights = {
  // How alike the reader's question and a page's listed question are (listed-questions.ts).

  /** A role name in both, when the reader names one (else 0): which role a question is about matters most. */
  role: 5,
  /** A role's alias the reader typed ("business manager"): a question using that very name reads more alike. */
  alias: 2,
  /** A word that carries meaning, by its Porter2 stem: "hires" and "hiring" are one word. */
  word: 1,
  /** The same whole word, on top of its stem: Porter2 also joins words of other meanings ("personality", "person"). */
  sameWord: 0.5,
  /** Question filler ("what", "does"): alike wording counts, but least. */
  filler: 0.5,
  /** The mark of a question asking what a role is: weighed only as `sameKind`. */
  kindMark: 0,
  /** Both asking what a role is or does ("Who is a PM?", "What does a PM do?"): one kind of question. */
  sameKind: 2,
  /** The least likeness for a listed question to count: below it, questions share only filler or a role. */
  minLikeness: 0.2,
  /** Fewer of the reader's words than this is a keyword search, not a question to compare. */
  minQuestionWords: 3,

  // How a page's matches add up (rank.ts). A term weighs idf = ln(1 + pages / pages matching it).

  /** The share of a term's weight any match earns; the rest by its Pagefind score against the term's best. */
  matchFloor: 0.5,
  /** A page listing a question like the reader's earns this many times the terms' total weight, times the likeness. */
  listedQuestion: 4,
  /** Terms searched at most: each is a search, and a long paste should not send dozens. */
  maxTerms: 10,
  /** Variants searched per term (synonyms, spellings), the first preferred. */
  variantsPerTerm: 3,
  /** Listed questions searched at most, the likeliest first. */
  maxListedQuestions: 5,

  // When the first result's answer is shown above the list (short-answer.ts). A wrong answer shown
  // first is worse than none: docs/search.md has the precision these give.

  /** The first result's weight over the second's, at least: it must clearly lead. */
  answerLead: 1.1,
  /** The likeness of its closest listed question to the reader's, at least. */
  answerLikeness: 0.7,
} as const;
