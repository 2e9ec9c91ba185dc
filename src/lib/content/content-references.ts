/** A cross-reference written in a content file, e.g. `roles[1]` of an article naming role "obm". */
export interface ContentReference {
  /** The file the reference is written in, relative to the project. */
  file: string;
  field: string;
  collection: string;
  id: string;
}

/**
 * Author-facing messages for every reference whose target does not exist. Astro's `reference()`
 * types references but does not check them, so this is where a typo in an id is caught.
 */
export function brokenReferences(references: ContentReference[], known: Record<string, Set<string>>): string[] {
  return references
    .filter((ref) => !known[ref.collection]?.has(ref.id))
    .map((ref) => {
      const ids = [...(known[ref.collection] ?? [])].sort();
      const hint = ids.length <= 8 ? ` (known: ${ids.join(', ')})` : '';
      return `${ref.file}: ${ref.field} names ${ref.collection} "${ref.id}", which does not exist${hint}`;
    });
}
