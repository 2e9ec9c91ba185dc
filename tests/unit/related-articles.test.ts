import { describe, expect, it } from 'vitest';
import { relatedArticles, type ArticleSummary } from '../../src/lib/content/related-articles';

const article = (id: string, tags: string[], related: string[] = []): ArticleSummary => ({ id, tags, related });

/** The rule spelled out by brute force: named articles first, then most shared tags, ties by id. */
function bruteForce(target: ArticleSummary, all: ArticleSummary[], limit = 3): string[] {
  const chosen = target.related.filter((id) => id !== target.id);
  const tags = new Set(target.tags);
  const rest = all
    .filter((other) => other.id !== target.id && !chosen.includes(other.id))
    .map((other) => ({ id: other.id, overlap: other.tags.filter((tag) => tags.has(tag)).length }))
    .filter((other) => other.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.id.localeCompare(b.id));
  return [...chosen, ...rest.map((other) => other.id)].slice(0, limit);
}

describe('relatedArticles', () => {
  const all = [
    article('a', ['hiring', 'basics'], ['c']),
    article('b', ['hiring', 'basics']),
    article('c', ['launches']),
    article('d', ['hiring']),
    article('e', ['operations']),
    article('f', ['hiring', 'basics', 'launches'], ['e', 'd', 'c', 'b']),
  ];
  const relatedTo = relatedArticles(all);

  it('puts the articles the author named first', () => {
    expect(relatedTo(all[0]!)[0]).toBe('c');
  });

  it('fills up with the articles sharing most tags, ties in id order', () => {
    expect(relatedTo(all[0]!)).toEqual(['c', 'b', 'f']);
    expect(relatedTo(all[3]!)).toEqual(['a', 'b', 'f']);
  });

  it('never suggests the article itself or an article twice, and stops at the limit', () => {
    expect(relatedTo(all[5]!)).toEqual(['e', 'd', 'c']);
    expect(relatedTo(article('b', ['hiring'], ['b', 'a']))).toEqual(['a', 'd', 'f']);
  });

  it('never suggests an article that shares no tag', () => {
    expect(relatedTo(article('x', ['operations']))).toEqual(['e']);
  });

  it('suggests nothing when no article shares a tag', () => {
    expect(relatedTo(all[4]!)).toEqual([]);
  });

  it('agrees with the brute-force rule on a large random corpus', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const tagPool = ['basics', 'hiring', 'launches', 'operations', 'choosing', 'engagement'];
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
    const ids = Array.from({ length: 400 }, (_, index) => `article-${Math.floor(random() * 1e6)}-${index}`);
    const corpus = ids.map((id) =>
      article(
        id,
        tagPool.filter(() => random() < 0.35),
        random() < 0.5 ? [pick(ids)] : [],
      ),
    );
    const lookup = relatedArticles(corpus);
    for (const entry of corpus) expect(lookup(entry), entry.id).toEqual(bruteForce(entry, corpus));
  });
});
