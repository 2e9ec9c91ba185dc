import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './lib/schemas/article';
import { comparisonSchema } from './lib/schemas/comparison';
import { faqSchema } from './lib/schemas/faq';
import { guideSchema } from './lib/schemas/guide';
import { roleSchema } from './lib/schemas/role';
import { sourceSchema } from './lib/schemas/source';

const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/sources' }),
  schema: sourceSchema,
});

const roles = defineCollection({
  loader: file('src/content/roles.json'),
  schema: roleSchema({ source: reference('sources') }),
});

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }),
  schema: articleSchema({ role: reference('roles'), article: reference('articles'), source: reference('sources') }),
});

const faqs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/faqs' }),
  schema: faqSchema({ role: reference('roles'), article: reference('articles'), source: reference('sources') }),
});

const comparisons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/comparisons' }),
  schema: comparisonSchema({
    role: reference('roles'),
    article: reference('articles'),
    faq: reference('faqs'),
    source: reference('sources'),
  }),
});

/** The decision guide: one entry holding its questions, answer points and results. */
const guide = defineCollection({
  loader: file('src/content/guide.json'),
  schema: guideSchema,
});

export const collections = { sources, roles, articles, faqs, comparisons, guide };
