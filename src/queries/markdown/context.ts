/** What every Markdown page needs from the build: the site's URLs, sources and comparison tables. */
import { getEntries } from 'astro:content';
import type { Table } from 'mdast';
import { comparisonTable, type TableSubject } from '../../lib/markdown/comparison-table';
import { absoluteLink } from '../../lib/markdown/links';
import type { BodyContext } from '../../lib/markdown/content-body';
import type { CitedSource } from '../../lib/markdown/page-document';
import { referenceId } from '../../lib/schemas/reference';
import { absoluteUrl } from '../../lib/content/urls';
import { requireComparison, subjectsOf, type Comparison } from '../comparisons';

export const site = import.meta.env.SITE ?? 'http://localhost:4321';
export const base = import.meta.env.BASE_URL;

/** The absolute URL of a site path. */
export const urlOf = (path: string): string => absoluteUrl(path, site, base);

/** The cited sources (references or ids), each once, in the order first cited. */
export async function citedSources(refs: unknown[]): Promise<CitedSource[]> {
  const ids = [...new Set(refs.map(referenceId))];
  const entries = await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
  return entries.map((entry) => entry.data);
}

export async function tableSubjects(comparison: Comparison): Promise<TableSubject[]> {
  const roles = await subjectsOf(comparison);
  return roles.map((role) => ({ id: role.id, name: role.data.name, abbreviation: role.data.abbreviation }));
}

export async function comparisonRowsTable(comparison: Comparison, rowIds?: string[]): Promise<Table> {
  const rows = comparison.data.rows.filter((row) => !rowIds || rowIds.includes(row.id));
  return comparisonTable(rows, await tableSubjects(comparison));
}

/** How a content body's links and `<ComparisonTable>`s become Markdown. */
export function bodyContext(file: string, pageUrl: string): BodyContext {
  return {
    file,
    link: (href) => absoluteLink(href, pageUrl, site, base),
    comparisonTable: async (id, rows) => comparisonRowsTable(await requireComparison(id, file, rows), rows),
  };
}
