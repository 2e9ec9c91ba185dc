import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { paths } from '../lib/content/urls';
import { assertReferencesResolve } from './references';

export type SourceEntry = CollectionEntry<'sources'>;

/** A page of this site that cites a source. */
export interface Citation {
  title: string;
  path: string;
}

interface SourceRef {
  id: string;
}

/** The sources behind a page, once each, in the order first cited. */
export async function sourcesOf(refs: readonly SourceRef[]): Promise<SourceEntry[]> {
  const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()];
  return getEntries(unique.map((ref) => ({ collection: 'sources' as const, id: ref.id })));
}

/** Every source with the pages that cite it, for the sources page. */
export async function sourcesWithCitations(): Promise<{ source: SourceEntry; citedBy: Citation[] }[]> {
  await assertReferencesResolve();
  const [sources, articles, faqs, comparisons, roles] = await Promise.all([
    getCollection('sources'),
    getCollection('articles', (article) => !article.data.draft),
    getCollection('faqs'),
    getCollection('comparisons'),
    getCollection('roles'),
  ]);
  const citedBy = new Map<string, Citation[]>();
  const cite = (refs: readonly SourceRef[], citation: Citation) => {
    for (const id of new Set(refs.map((ref) => ref.id))) citedBy.set(id, [...(citedBy.get(id) ?? []), citation]);
  };
  for (const a of articles) cite(a.data.sources, { title: a.data.title, path: paths.article(a.id) });
  for (const f of faqs) cite(f.data.sources, { title: f.data.question, path: paths.faqPage(f.id) });
  for (const c of comparisons)
    cite(
      c.data.rows.flatMap((row) => row.sources),
      { title: c.data.title, path: paths.comparison(c.id) },
    );
  for (const r of roles)
    cite(r.data.sources, { title: `The ${r.data.name} role in the glossary`, path: paths.article('glossary') });
  return sources
    .map((source) => ({ source, citedBy: citedBy.get(source.id) ?? [] }))
    .sort((a, b) => a.source.data.title.localeCompare(b.source.data.title));
}
