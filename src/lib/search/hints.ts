/** A role as search needs it: every name a reader may type for it. */
export interface NamedRole {
  name: string;
  abbreviation: string;
  aliases: readonly string[];
}

/**
 * The words a page is found by beyond its own text: the phrasings readers use for its question
 * and every name of the roles it covers (so "COO" finds a page that says "chief operating
 * officer"). Indexed as a weighted Pagefind meta field, never shown.
 */
export function searchHints(askedAs: readonly string[], roles: readonly NamedRole[], path?: string): string {
  const names = roles.flatMap((role) => [role.name, role.abbreviation, ...role.aliases]);
  const unique = [...new Map([...askedAs, ...names].map((hint) => [hint.toLowerCase(), hint])).values()];
  return [...unique, ...(path ? [questionMarker(path)] : [])].join(' · ');
}

/**
 * A word no text uses, unique to a page, that its index entry carries: search finds the page by it
 * when the reader's question reads like one of the page's listed questions (lexicon `questions`).
 */
export function questionMarker(path: string): string {
  let hash = 0x811c9dc5;
  for (const char of path) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `zq${hash.toString(36)}`;
}
