export interface ArticleSummary {
  id: string;
  tags: readonly string[];
  related: readonly string[];
}

/** The articles to suggest after `article`: those its author named, then those sharing most tags. */
export function relatedArticleIds(article: ArticleSummary, all: readonly ArticleSummary[], limit = 3): string[] {
  const chosen = article.related.filter((id) => id !== article.id);
  if (chosen.length >= limit) return chosen.slice(0, limit);
  const tags = new Set(article.tags);
  const byOverlap = all
    .filter((other) => other.id !== article.id && !chosen.includes(other.id))
    .map((other) => ({ id: other.id, overlap: other.tags.filter((tag) => tags.has(tag)).length }))
    .filter((other) => other.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.id.localeCompare(b.id));
  return [...chosen, ...byOverlap.map((other) => other.id)].slice(0, limit);
}
