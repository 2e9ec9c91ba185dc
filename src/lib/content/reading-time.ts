import { countWords, proseOf } from './text-stats';

/** Words per minute of an unhurried adult reader of web prose. */
const wordsPerMinute = 220;

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(proseOf(mdx)) / wordsPerMinute));
}
