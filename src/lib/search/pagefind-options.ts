/*
 * How Pagefind ranks for this site, in one place. Kept apart from the ranking code so the small
 * module every page loads can start Pagefind without bringing the rest of search along.
 */
export const pagefindOptions = {
  /**
   * Search in the page rather than in Pagefind's worker: the worker is one more file to fetch, in
   * series, before the first search (a round trip on a phone), and a search takes milliseconds.
   */
  noWorker: true,
  /** Words of context in an excerpt: two lines on a phone. */
  excerptLength: 24,
  ranking: {
    /**
     * Pagefind favours short pages by default (1), which lets the one-row comparison pages crowd
     * out fuller answers; a weaker length bias keeps FAQs and articles on top.
     */
    pageLength: 0.2,
    /**
     * A word in a page's title, or in the phrasings readers use for its question, counts more. The
     * short answer shown first (`answer`, `answer_source`) is text the page already holds: it would
     * count twice, so it counts next to nothing.
     */
    metaWeights: { title: 5, asked: 4, answer: 0.01, answer_source: 0.01, answer_article: 0.01 },
  },
};
