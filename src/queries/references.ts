import { getCollection } from 'astro:content';
import { brokenReferences, type ContentReference } from '../lib/content/content-references';

interface Reference {
  collection: string;
  id: string;
}

function fieldRefs(file: string | undefined, field: string, value: Reference | Reference[]): ContentReference[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((ref, index) => ({
    file: file ?? '(unknown file)',
    field: Array.isArray(value) ? `${field}[${index}]` : field,
    collection: ref.collection,
    id: ref.id,
  }));
}

let checked: Promise<void> | undefined;

/** Fails the build, once, naming every file and field whose reference points at nothing. */
export function assertReferencesResolve(): Promise<void> {
  checked ??= (async () => {
    const [sources, roles, articles, faqs, comparisons, rates, planners] = await Promise.all([
      getCollection('sources'),
      getCollection('roles'),
      getCollection('articles'),
      getCollection('faqs'),
      getCollection('comparisons'),
      getCollection('rates'),
      getCollection('planner'),
    ]);
    const references = [
      ...roles.flatMap((r) => fieldRefs(r.filePath ?? 'src/content/roles.json', `${r.id}.sources`, r.data.sources)),
      ...articles.flatMap((a) => [
        ...fieldRefs(a.filePath, 'sources', a.data.sources),
        ...fieldRefs(a.filePath, 'roles', a.data.roles),
        ...fieldRefs(a.filePath, 'related', a.data.related),
      ]),
      ...faqs.flatMap((f) => [
        ...fieldRefs(f.filePath, 'roles', f.data.roles),
        ...fieldRefs(f.filePath, 'article', f.data.article),
        ...fieldRefs(f.filePath, 'sources', f.data.sources),
      ]),
      ...comparisons.flatMap((c) => [
        ...fieldRefs(c.filePath, 'subjects', c.data.subjects),
        ...fieldRefs(c.filePath, 'related', c.data.related),
        ...fieldRefs(c.filePath, 'faqs', c.data.faqs),
        ...c.data.rows.flatMap((row, index) => fieldRefs(c.filePath, `rows[${index}].sources`, row.sources)),
      ]),
      ...rates.flatMap((r) => [
        ...fieldRefs(r.filePath, 'role', r.data.role),
        ...fieldRefs(r.filePath, 'source', r.data.source),
        ...fieldRefs(r.filePath, 'alsoIn', r.data.alsoIn),
      ]),
      ...planners.flatMap((p) => {
        const file = p.filePath ?? 'src/content/planner.json';
        return [
          ...fieldRefs(file, 'affordability', p.data.affordability),
          ...p.data.roles.flatMap((role, index) => [
            ...fieldRefs(file, `roles[${index}].role`, role.role),
            ...fieldRefs(file, `roles[${index}].article`, role.article),
            ...fieldRefs(file, `roles[${index}].sources`, role.sources),
          ]),
        ];
      }),
    ];
    const known = {
      sources: new Set(sources.map((s) => s.id)),
      roles: new Set(roles.map((r) => r.id)),
      articles: new Set(articles.map((a) => a.id)),
      faqs: new Set(faqs.map((f) => f.id)),
      comparisons: new Set(comparisons.map((c) => c.id)),
    };
    const problems = brokenReferences(references, known);
    if (problems.length > 0) {
      throw new Error(`Broken content references:\n  ${problems.join('\n  ')}`);
    }
  })();
  return checked;
}
