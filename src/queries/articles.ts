import { getCollection, type CollectionEntry } from 'astro:content';
import { assertReferencesResolve } from './references';

export type Article = CollectionEntry<'articles'>;

/** Published articles, newest first. Drafts build in `astro dev` only, so authors can preview them. */
export async function publishedArticles(): Promise<Article[]> {
  await assertReferencesResolve();
  const all = await getCollection('articles', (entry) => import.meta.env.DEV || !entry.data.draft);
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}

export function lastModified(article: Article): Date {
  return article.data.updated ?? article.data.published;
}
