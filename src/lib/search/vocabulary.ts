import { normaliseQuery } from './normalise-query';

/**
 * Every word the site's indexed text uses, normalised as queries are, sorted for the browser's
 * binary search. Words shorter than three letters are left out: they never need correcting.
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of normaliseQuery(text).split(' ')) {
      if (word.length >= 3 && /^\p{L}/u.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}
