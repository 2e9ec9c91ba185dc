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
export function searchHints(askedAs: readonly string[], roles: readonly NamedRole[]): string {
  const names = roles.flatMap((role) => [role.name, role.abbreviation, ...role.aliases]);
  const unique = [...new Map([...askedAs, ...names].map((hint) => [hint.toLowerCase(), hint])).values()];
  return unique.join(' · ');
}
