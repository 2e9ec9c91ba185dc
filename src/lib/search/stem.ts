/*
 * Stems as Pagefind has them: it stems what it indexes and what it searches with Snowball's
 * English (Porter2) stemmer, so "hiring", "hires" and "hire" find each other there. The same
 * algorithm stems the words search compares in the browser: the reader's with the site's
 * (spelling.ts) and with the questions pages list (listed-questions.ts).
 */
import porter2 from 'wink-porter2-stemmer';

/** The Porter2 stem of a lower-case word (as `normaliseQuery` leaves it); its first letter is the word's. */
export function stem(word: string): string {
  return porter2(word);
}
