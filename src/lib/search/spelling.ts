/*
 * Whether a word is one the site uses, as Pagefind will match it, and the nearest site word to one
 * that is not, for "Did you mean".
 */
import { stem } from './stem';

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
 * Whether the site uses a word, as Pagefind will match it: the word itself, a site word with the
 * same stem ("hiring" for "hires"), or, for the word still being typed (`typing`: the last word of
 * the query, which the reader may not have finished), a longer word it starts. `vocabulary` is sorted.
 */
export function isKnownWord(word: string, vocabulary: readonly string[], typing = false): boolean {
  const next = vocabulary[firstAtOrAfter(word, vocabulary)];
  if (next === word || (typing && word.length >= 3 && next?.startsWith(word))) return true;
  return word.length > 0 && stemsStartingWith(word[0]!, vocabulary).has(stem(word));
}

const stemsByInitial = new WeakMap<readonly string[], Map<string, Set<string>>>();

/**
 * The stems of the site words starting with `initial`, worked out once per vocabulary and letter:
 * a stem keeps its word's first letter, so a keystroke stems a slice of the words, not all of them.
 */
function stemsStartingWith(initial: string, vocabulary: readonly string[]): Set<string> {
  let byInitial = stemsByInitial.get(vocabulary);
  if (!byInitial) stemsByInitial.set(vocabulary, (byInitial = new Map()));
  let stems = byInitial.get(initial);
  if (!stems) {
    stems = new Set();
    for (let i = firstAtOrAfter(initial, vocabulary); vocabulary[i]?.startsWith(initial); i++) {
      stems.add(stem(vocabulary[i]!));
    }
    byInitial.set(initial, stems);
  }
  return stems;
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
