import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './lib/schemas/article';
import { comparisonSchema } from './lib/schemas/comparison';
import { faqSchema } from './lib/schemas/faq';
import { guideSchema } from './lib/schemas/guide';
import { roleSchema } from './lib/schemas/role';

const roles = defineCollection({
  loader: file('src/content/roles.json'),
  schema: roleSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }),
  schema: articleSchema({ role: reference('roles'), article: reference('articles') }),
});

const faqs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/faqs' }),
  schema: faqSchema({ role: reference('roles'), article: reference('articles') }),
});

const comparisons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/comparisons' }),
  schema: comparisonSchema({ role: reference('roles'), article: reference('articles'), faq: reference('faqs') }),
});

/** The decision guide: one entry holding its questions, answer points and results. */
const guide = defineCollection({
  loader: file('src/content/guide.json'),
  schema: guideSchema,
});

export const collections = { roles, articles, faqs, comparisons, guide };
