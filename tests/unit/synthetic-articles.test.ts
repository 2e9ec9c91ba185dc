import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleSchema } from '../../src/lib/schemas/article';
import { syntheticArticles } from '../../src/cli/bench/synthetic-articles';
import { countWords, internalLinksOf, proseOf } from '../../src/lib/content/text-stats';

const schema = articleSchema({ role: z.enum(['pm', 'obm', 'va']), article: z.string(), source: z.string() });
const corpus = syntheticArticles(30, { roles: ['pm', 'obm', 'va'], links: ['/compare/'], sources: ['a-source'] });
const ids = new Set(corpus.map((article) => article.id));
const frontmatter = (source: string) => parse(source.split('---\n')[1] ?? '') as Record<string, unknown>;

describe('the benchmark corpus', () => {
  it('is the same every time', () => {
    expect(syntheticArticles(30, { roles: ['pm', 'obm', 'va'], links: ['/compare/'], sources: ['a-source'] })).toEqual(
      corpus,
    );
  });

  it.each(corpus.map((article) => [article.id, article] as const))('%s has valid frontmatter', (_id, article) => {
    const result = schema.safeParse(frontmatter(article.source));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has articles of about 800 words with headings, a list and a table', () => {
    for (const { source } of corpus) {
      expect(countWords(proseOf(source))).toBeGreaterThanOrEqual(700);
      expect(countWords(proseOf(source))).toBeLessThanOrEqual(900);
      expect(source).toMatch(/^## /m);
      expect(source).toMatch(/^### /m);
      expect(source).toMatch(/^- /m);
      expect(source).toMatch(/^\| --- \|/m);
    }
  });

  it('relates and links only to articles that exist, and leaves some to be related by tags', () => {
    const related = corpus.map((article) => frontmatter(article.source).related as string[]);
    expect(related.flat().every((id) => ids.has(id))).toBe(true);
    expect(related.some((list) => list.length === 0)).toBe(true);
    for (const { source } of corpus) {
      for (const link of internalLinksOf(source)) {
        expect(link === '/compare/' || ids.has(link.split('/')[2] ?? '')).toBe(true);
      }
    }
  });
});
