import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';
import { pastDay } from './dates.ts';

/** The date someone last checked the page against its sources, shown as "Last reviewed". */
export const reviewedSchema = pastDay('the page was last reviewed');

/**
 * Phrasings readers use for the question a page answers, indexed for search with a strong weight
 * but never shown. A handful each: more dilutes the page's own words.
 */
export const askedAsSchema = z
  .array(z.string().min(8).max(140))
  .max(8, 'keep askedAs to a handful (at most 8) of the phrasings readers really use')
  .default([]);

/** Earlier ids of an entry. Published links to them keep working: the build redirects each one. */
export const movedFromSchema = z.array(slugSchema).default([]);

export const sourcesSchema = <Source extends z.ZodType>(source: Source) =>
  z.array(source).min(1, 'name at least one source (an id in src/content/sources/) for the facts stated');
