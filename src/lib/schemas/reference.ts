import type { z } from 'astro/zod';

/** The collections that content can point at. */
export type CollectionName = 'roles' | 'articles' | 'faqs' | 'comparisons';

/**
 * Builds the schema of a cross-reference. The site passes Astro's `reference()`, which checks the
 * target exists; unit tests pass a plain string schema, since `astro:content` is not available there.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType;

/** The id of a reference, before (string) or after (`{ id }`) Astro resolves it. */
export function referenceId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  throw new TypeError(`Not a reference: ${JSON.stringify(value)}`);
}
