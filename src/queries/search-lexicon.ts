import { getCollection } from 'astro:content';
import searchWordsFile from '../content/search-words.json';
import { paths } from '../lib/content/urls';
import { proseOf } from '../lib/content/text-stats';
import { searchWordsSchema } from '../lib/schemas/search-words';
import { questionMarker } from '../lib/search/hints';
import { splitLexicon, type LexiconBucket } from '../lib/search/lexicon-buckets';
import type { Lexicon } from '../lib/search/lexicon';
import { vocabularyOf } from '../lib/search/vocabulary';

/**
 * What search needs to understand a question, built from the content: filler, synonyms, role
 * names, the site's vocabulary for "Did you mean", and each page's listed questions (an FAQ's
 * question, an article's title, their `askedAs` phrasings), found through the page's marker word.
 */
async function fullLexicon(): Promise<Lexicon> {
  const parsed = searchWordsSchema.safeParse(searchWordsFile);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`src/content/search-words.json:\n${problems.join('\n')}`);
  }
  const [roles, articles, faqs, comparisons, guides] = await Promise.all([
    getCollection('roles'),
    getCollection('articles', (article) => !article.data.draft),
    getCollection('faqs'),
    getCollection('comparisons'),
    getCollection('guide'),
  ]);
  const texts = [
    ...roles.flatMap((r) => [r.data.name, r.data.definition, ...r.data.aliases]),
    ...articles.flatMap((a) => [a.data.title, a.data.description, ...a.data.askedAs, proseOf(a.body ?? '')]),
    ...faqs.flatMap((f) => [f.data.question, ...f.data.askedAs, proseOf(f.body ?? '')]),
    ...comparisons.flatMap((c) => [
      c.data.title,
      c.data.verdict,
      proseOf(c.body ?? ''),
      ...c.data.rows.flatMap((row) => [row.dimension, row.context, ...Object.values(row.values)]),
    ]),
    ...guides.flatMap((g) =>
      g.data.questions.flatMap((q) => [q.question, q.hint ?? '', ...q.answers.map((a) => a.label)]),
    ),
  ];
  const lexicon: Lexicon = {
    filler: parsed.data.filler,
    synonyms: parsed.data.synonyms,
    roles: roles.map((role) => [role.data.name, role.data.abbreviation, ...role.data.aliases]),
    vocabulary: vocabularyOf(texts),
    // The indexed pages: articles, FAQ answers, comparisons with their row pages, and the guide.
    questions: [
      ...faqs.map((f): [string, ...string[]] => [
        questionMarker(paths.faqPage(f.id)),
        f.data.question,
        ...f.data.askedAs,
      ]),
      ...articles.map((a): [string, ...string[]] => [
        questionMarker(paths.article(a.id)),
        a.data.title,
        ...a.data.askedAs,
      ]),
      ...comparisons.map((c): [string, ...string[]] => [questionMarker(paths.comparison(c.id)), c.data.title]),
    ],
    pages: articles.length + faqs.length + comparisons.reduce((sum, c) => sum + 1 + c.data.rows.length, 0) + 1,
  };
  return lexicon;
}

let parts: Promise<{ full: Lexicon; core: Lexicon; buckets: Map<string, LexiconBucket> }> | undefined;

/** The lexicon and its parts, made once per build for the endpoints under /search/. */
export function searchLexicon(): Promise<{ full: Lexicon; core: Lexicon; buckets: Map<string, LexiconBucket> }> {
  parts ??= fullLexicon().then((full) => ({ full, ...splitLexicon(full) }));
  return parts;
}
