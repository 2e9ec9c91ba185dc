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
