import { readdirSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { filesSharingAnId, sharedIdMessage } from './lib/content/one-file-per-id';
import { articleSchema } from './lib/schemas/article';
import { comparisonSchema } from './lib/schemas/comparison';
import { faqSchema } from './lib/schemas/faq';
import { guideSchema } from './lib/schemas/guide';
import { plannerSchema } from './lib/schemas/planner';
import { rateSchema } from './lib/schemas/rate';
import { roleSchema } from './lib/schemas/role';
import { sourceSchema } from './lib/schemas/source';

/** A folder of Markdown and MDX entries: Astro's glob loader, once no id has two files (`x.md`, `x.mdx`). */
function markdownEntries(folder: string): Loader {
  const entries = glob({ pattern: '**/*.{md,mdx}', base: folder });
  return {
    name: 'markdown-entries',
    load: async (context) => {
      const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name));
      const pairs = filesSharingAnId(names);
      if (pairs.length > 0) throw new Error(sharedIdMessage(folder.replace(/^\.\//, ''), pairs));
      return entries.load(context);
    },
  };
}

const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/sources' }),
  schema: sourceSchema,
});

const roles = defineCollection({
  loader: file('src/content/roles.json'),
  schema: roleSchema({ source: reference('sources') }),
});

const articles = defineCollection({
  loader: markdownEntries('./src/content/articles'),
  schema: articleSchema({ role: reference('roles'), article: reference('articles'), source: reference('sources') }),
});

const faqs = defineCollection({
  loader: markdownEntries('./src/content/faqs'),
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

/** Published figures the articles and FAQs cite, one file each: the planner and the prose read them. */
const rates = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/rates' }),
  schema: rateSchema({ role: reference('roles'), source: reference('sources') }),
});

/** The budget planner page: its words, the roles it offers and its starting plan. */
const planner = defineCollection({
  loader: file('src/content/planner.json'),
  schema: plannerSchema({ role: reference('roles'), article: reference('articles'), source: reference('sources') }),
});

export const collections = { sources, roles, articles, faqs, comparisons, guide, rates, planner };
