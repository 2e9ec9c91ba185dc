import { getCollection } from 'astro:content';
import type { ComparisonDataInput } from '../lib/publishing/comparison-data';
import type { Source } from '../lib/schemas/source';
import { absoluteUrl, paths } from '../lib/content/urls';
import { subjectsOf, type Comparison } from './comparisons';

/** What the CSV and JSON of a comparison are made of. */
export async function comparisonDataInput(comparison: Comparison, site: URL | string): Promise<ComparisonDataInput> {
  const base = import.meta.env.BASE_URL;
  const [roles, sources] = await Promise.all([subjectsOf(comparison), getCollection('sources')]);
  return {
    id: comparison.id,
    title: comparison.data.title,
    description: comparison.data.description,
    verdict: comparison.data.verdict,
    url: absoluteUrl(paths.comparison(comparison.id), site, base),
    rowUrl: (rowId) => absoluteUrl(paths.rowPage(comparison.id, rowId), site, base),
    subjects: roles.map((role) => ({ id: role.id, name: role.data.name, abbreviation: role.data.abbreviation })),
    rows: comparison.data.rows,
    sources: new Map<string, Source>(sources.map((source) => [source.id, source.data])),
    reviewed: comparison.data.reviewed,
  };
}
