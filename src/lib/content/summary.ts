import { splitSentences } from './text-stats';

/**
 * The opening of a text as a meta description: whole sentences until it reaches `min` characters
 * (a bare "No." says nothing out of context), cut at a word boundary to fit `max`.
 */
export function summarize(text: string, max = 160, min = 50): string {
  let summary = '';
  for (const sentence of splitSentences(text.replace(/\s+/g, ' '))) {
    summary = summary ? `${summary} ${sentence}` : sentence;
    if (summary.length >= min) break;
  }
  if (summary.length <= max) return summary;
  const cut = summary.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
