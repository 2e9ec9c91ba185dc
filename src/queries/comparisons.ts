import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { assertReferencesResolve } from './references';

export type Comparison = CollectionEntry<'comparisons'>;
export type RoleEntry = CollectionEntry<'roles'>;

export async function allComparisons(): Promise<Comparison[]> {
  await assertReferencesResolve();
  const all = await getCollection('comparisons');
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The roles a comparison compares, in its column order. */
export async function subjectsOf(comparison: Comparison): Promise<RoleEntry[]> {
  return getEntries(comparison.data.subjects);
}

/**
 * Looks up a comparison named in content, failing the build with a message an author can act on
 * (an MDX embed cannot be checked by the schema, so this is where a typo surfaces).
 */
export async function requireComparison(id: string, usedIn: string, rowIds?: string[]): Promise<Comparison> {
  const comparison = await getEntry('comparisons', id);
  if (!comparison) {
    throw new Error(`${usedIn}: <ComparisonTable comparison="${id}"> names no file src/content/comparisons/${id}.mdx`);
  }
  const known = new Set(comparison.data.rows.map((row) => row.id));
  const unknown = (rowIds ?? []).filter((rowId) => !known.has(rowId));
  if (unknown.length > 0) {
    throw new Error(
      `${usedIn}: <ComparisonTable comparison="${id}"> asks for rows ${unknown.map((r) => `"${r}"`).join(', ')}, ` +
        `which src/content/comparisons/${id}.mdx does not have (it has: ${[...known].join(', ')})`,
    );
  }
  return comparison;
}
