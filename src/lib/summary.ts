import { splitSentences } from './text-stats';

/** The opening of a text, cut at a word boundary to fit `max` characters (a meta description). */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = splitSentences(flat)[0] ?? flat;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
