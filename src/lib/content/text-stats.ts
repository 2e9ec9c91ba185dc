/** Plain-language measures of an MDX body, used by the content tests and the authoring tools. */

/** The prose of an MDX body: no frontmatter, imports, JSX, code, URLs or Markdown markers. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>|\|)\s*/gm, '')
    .replace(/[*_`|]/g, ' ');
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** Sentences end at . ! ? or a line break (headings, list items and table cells stand alone). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => countWords(sentence) > 0);
}

export function averageSentenceLength(text: string): number {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return 0;
  return countWords(text) / sentences.length;
}

/** Site-absolute links written in Markdown (`](/path/)`) or JSX (`href="/path/"`). */
export function internalLinksOf(mdx: string): string[] {
  const links = [...mdx.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)];
  return links.map((match) => (match[1] ?? match[2]) as string);
}

const normalisedWords = (text: string) =>
  (text.toLowerCase().replace(/[’‘]/g, "'").match(wordPattern) ?? []).map((word) => word.replace(/'/g, ''));

/**
 * Runs of `length` words that two texts share, ignoring case and punctuation: copied prose shows up
 * as long shared runs, while facts written anew rarely share more than a few words in a row.
 */
export function sharedWordRuns(text: string, source: string, length: number): string[] {
  const runs = (words: string[]) =>
    words.slice(0, Math.max(0, words.length - length + 1)).map((_, i) => words.slice(i, i + length).join(' '));
  const inSource = new Set(runs(normalisedWords(source)));
  return [...new Set(runs(normalisedWords(text)).filter((run) => inSource.has(run)))];
}
