export interface ArticleSummary {
  id: string;
  tags: readonly string[];
  related: readonly string[];
}

/**
 * Suggests what to read after an article: the articles its author named, then those sharing most
 * tags, ties in id order. The index is built once; a lookup then costs the number of distinct tag
 * combinations, not the number of articles, so a build with thousands of articles stays linear.
 */
export function relatedArticles(all: readonly ArticleSummary[], limit = 3): (article: ArticleSummary) => string[] {
  const rank = new Map(
    all
      .map((article) => article.id)
      .sort((a, b) => a.localeCompare(b))
      .map((id, index) => [id, index]),
  );
  const byRank = (a: string, b: string) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  // Articles grouped by their exact set of tags, each group in id order.
  const groups = new Map<string, { tags: string[]; ids: string[] }>();
  for (const article of all) {
    const tags = [...new Set(article.tags)].sort();
    const key = tags.join(' ');
    const group = groups.get(key) ?? { tags, ids: [] };
    group.ids.push(article.id);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.ids.sort(byRank);

  return (article) => {
    const picked = article.related.filter((id) => id !== article.id).slice(0, limit);
    const skip = new Set([article.id, ...picked]);
    const tags = new Set(article.tags);
    const byOverlap = new Map<number, string[][]>();
    for (const group of groups.values()) {
      const overlap = group.tags.filter((tag) => tags.has(tag)).length;
      if (overlap > 0) byOverlap.set(overlap, [...(byOverlap.get(overlap) ?? []), group.ids]);
    }
    for (const overlap of [...byOverlap.keys()].sort((a, b) => b - a)) {
      const wanted = limit - picked.length;
      if (wanted <= 0) break;
      // The first `wanted` of each group (in id order) are the only ones that can make the cut.
      const candidates = (byOverlap.get(overlap) ?? []).flatMap((ids) => {
        const first: string[] = [];
        for (const id of ids) {
          if (first.length === wanted) break;
          if (!skip.has(id)) first.push(id);
        }
        return first;
      });
      picked.push(...candidates.sort(byRank).slice(0, wanted));
    }
    return picked;
  };
}
