import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/schemas/article';
import { comparisonSchema } from '../../src/lib/schemas/comparison';
import { faqSchema } from '../../src/lib/schemas/faq';
import { slugify } from '../../src/lib/content/slugify';
import { normaliseQuery } from '../../src/lib/search/normalise-query';
import { averageSentenceLength, countWords, internalLinksOf, proseOf } from '../../src/lib/content/text-stats';
import { loadCollection, type ContentFile } from './load-content';

const sourceIds = readdirSync(join(import.meta.dirname, '../../src/content/sources')).map((name) =>
  name.replace(/\.json$/, ''),
);
/** Unknown source ids fail here, without a build; other references are checked by the build. */
const refs = { role: z.string(), article: z.string(), faq: z.string(), source: z.enum(sourceIds) };
const articles = loadCollection('articles');
const faqs = loadCollection('faqs');
const comparisons = loadCollection('comparisons');

const placeholder = /\b(lorem|ipsum|todo|tbd|fixme|xxx)\b|click here/i;

const anchorsOf = (body: string) => [...body.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => slugify(m[1] as string));

/** Every page a content link may point at, with the anchors each page has. */
const pages = new Map<string, Set<string>>([
  ['/', new Set()],
  ['/articles/', new Set()],
  ['/compare/', new Set()],
  ['/guide/', new Set()],
  ['/search/', new Set()],
  ['/faq/', new Set(faqs.map((faq) => faq.id))],
  ...faqs.map((faq): [string, Set<string>] => [`/faq/${faq.id}/`, new Set()]),
  ...articles.map((a): [string, Set<string>] => [`/articles/${a.id}/`, new Set(anchorsOf(a.body))]),
  ...comparisons.map((c): [string, Set<string>] => [
    `/compare/${c.id}/`,
    new Set((c.data.rows as { id: string }[]).map((row) => row.id)),
  ]),
]);
for (const article of articles) {
  for (const tag of (article.data.tags as string[]) ?? []) pages.set(`/tags/${tag}/`, new Set());
}

function brokenLinks(file: ContentFile): string[] {
  return internalLinksOf(file.body).filter((link) => {
    const [path, fragment] = link.split('#') as [string, string | undefined];
    const anchors = pages.get(path);
    return !anchors || (fragment !== undefined && !anchors.has(fragment));
  });
}

describe.each(articles)('article $file', (article) => {
  const prose = proseOf(article.body);

  it('matches the schema', () => {
    const result = articleSchema(refs).safeParse(article.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });
  it('is 700 to 1,800 words long', () => {
    expect(countWords(prose)).toBeGreaterThanOrEqual(700);
    expect(countWords(prose)).toBeLessThanOrEqual(1800);
  });
  it('keeps sentences short (average at most 24 words)', () => {
    expect(averageSentenceLength(prose)).toBeLessThanOrEqual(24);
  });
  it('has no placeholder text', () => {
    expect(article.body).not.toMatch(placeholder);
  });
  it('links to at least two other pages, all of which exist', () => {
    const others = new Set(internalLinksOf(article.body).map((link) => link.split('#')[0]));
    others.delete(`/articles/${article.id}/`);
    expect(others.size).toBeGreaterThanOrEqual(2);
    expect(brokenLinks(article)).toEqual([]);
  });
  it('names related articles that exist', () => {
    const related = (article.data.related as string[] | undefined) ?? [];
    expect(related.length).toBeGreaterThanOrEqual(1);
    for (const id of related) expect(pages.has(`/articles/${id}/`), id).toBe(true);
  });
});

describe.each(faqs)('FAQ $file', (faq) => {
  it('matches the schema and names an existing article', () => {
    const result = faqSchema(refs).safeParse(faq.data);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(pages.has(`/articles/${faq.data.article as string}/`)).toBe(true);
  });
  it('answers in 40 to 160 words', () => {
    const words = countWords(proseOf(faq.body));
    expect(words).toBeGreaterThanOrEqual(40);
    expect(words).toBeLessThanOrEqual(160);
  });
  it('links to its article, with no broken links and no placeholder text', () => {
    expect(internalLinksOf(faq.body).some((l) => l.startsWith(`/articles/${faq.data.article as string}/`))).toBe(true);
    expect(brokenLinks(faq)).toEqual([]);
    expect(faq.body).not.toMatch(placeholder);
  });
});

describe.each(comparisons)('comparison $file', (comparison) => {
  it('matches the schema', () => {
    const result = comparisonSchema(refs).safeParse(comparison.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });
  it('has at least 8 rows, and every link resolves', () => {
    expect((comparison.data.rows as unknown[]).length).toBeGreaterThanOrEqual(8);
    expect(brokenLinks(comparison)).toEqual([]);
    expect(comparison.body).not.toMatch(placeholder);
  });
});

describe('the body of content', () => {
  const all = [...articles, ...comparisons];
  it('has unique titles and descriptions', () => {
    for (const field of ['title', 'description']) {
      const values = all.map((file) => file.data[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });
  it('has unique FAQ questions', () => {
    const questions = faqs.map((faq) => faq.data.question);
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('the ways readers ask', () => {
  // The real-question sets measure search; a phrasing copied from them into `askedAs` would make
  // the score measure the copy instead.
  const measured = ['real-questions.json', 'held-out-questions.json'].flatMap((name) => {
    try {
      const file = join(import.meta.dirname, '../search', name);
      return (JSON.parse(readFileSync(file, 'utf8')) as { question: string }[]).map((q) => normaliseQuery(q.question));
    } catch {
      return [];
    }
  });
  it('never repeat a question from the search test sets', () => {
    const questions = new Set(measured);
    const copied = [...articles, ...faqs].flatMap((file) =>
      ((file.data.askedAs as string[] | undefined) ?? [])
        .filter((phrasing) => questions.has(normaliseQuery(phrasing)))
        .map((phrasing) => `${file.file}: askedAs "${phrasing}"`),
    );
    expect(measured.length).toBeGreaterThan(60);
    expect(copied, 'askedAs entries copied from tests/search/').toEqual([]);
  });
});

describe('coverage of the topic', () => {
  it('has at least 14 articles, 36 FAQs in 5 to 7 categories and 4 comparisons', () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
    expect(faqs.length).toBeGreaterThanOrEqual(36);
    const categories = new Set(faqs.map((faq) => faq.data.category));
    expect(categories.size).toBeGreaterThanOrEqual(5);
    expect(categories.size).toBeLessThanOrEqual(7);
    expect(comparisons.length).toBeGreaterThanOrEqual(4);
  });
  it('compares PM and OBM on at least 12 dimensions', () => {
    const main = comparisons.find((c) => c.id === 'project-manager-vs-online-business-manager');
    expect((main?.data.rows as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(12);
  });
});
