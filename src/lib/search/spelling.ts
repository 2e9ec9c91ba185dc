/*
 * Whether a word is one the site uses, as Pagefind will match it, and the nearest site word to one
 * that is not, for "Did you mean".
 */

/** Optimal string alignment distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  const at = (i: number, j: number): number => d[i]![j]!;
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i]!;
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
      best = Math.min(best, at(i, j));
    }
    if (best > limit) return limit + 1;
  }
  return at(a.length, b.length);
}

/**
 * Whether the site uses a word, as Pagefind will match it: the word itself, a site word it
 * inflects ("hires" for "hire"), or, for the word still being typed (`typing`: the last word of
 * the query, which the reader may not have finished), a longer word it starts. `vocabulary` is sorted.
 */
export function isKnownWord(word: string, vocabulary: readonly string[], typing = false): boolean {
  const next = vocabulary[firstAtOrAfter(word, vocabulary)];
  if (next === word || (typing && word.length >= 3 && next?.startsWith(word))) return true;
  const has = (candidate: string) => vocabulary[firstAtOrAfter(candidate, vocabulary)] === candidate;
  // Pagefind stems words, so a word and its inflections find each other.
  return ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers'].some(
    (ending) =>
      has(word + ending) ||
      (word.endsWith(ending) && word.length - ending.length >= 3 && has(word.slice(0, -ending.length))),
  );
}

/** Binary search: the index of the first word not before `word` in the sorted `vocabulary`. */
function firstAtOrAfter(word: string, vocabulary: readonly string[]): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vocabulary[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The nearest site word to a misspelt one: one edit for short words, two for longer ones. */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
    // On a tie the shorter word wins: a misspelling is more often a letter too many.
    if (distance < bestDistance || (distance === bestDistance && best && candidate.length < best.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
