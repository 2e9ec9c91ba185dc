import { z } from 'astro/zod';
import { askedAsSchema, movedFromSchema, reviewedSchema, sourcesSchema } from './page-fields';

export const faqCategories = {
  basics: 'The basics',
  scope: 'Scope and responsibilities',
  choosing: 'Choosing between them',
  hiring: 'Hiring',
  engagement: 'Cost and engagement',
  'working-together': 'Working together',
} as const;

export type FaqCategory = keyof typeof faqCategories;

export const faqSchema = <Role extends z.ZodType, Article extends z.ZodType, Source extends z.ZodType>(refs: {
  role: Role;
  article: Article;
  source: Source;
}) =>
  z.object({
    question: z
      .string()
      .min(10)
      .max(120)
      .refine((question) => question.endsWith('?'), 'must be phrased as a question ending in "?"'),
    category: z.enum(Object.keys(faqCategories) as [FaqCategory, ...FaqCategory[]]),
    roles: z.array(refs.role).min(1),
    article: refs.article,
    order: z.number().int().default(100),
    sources: sourcesSchema(refs.source),
    reviewed: reviewedSchema,
    askedAs: askedAsSchema,
    movedFrom: movedFromSchema,
  });

export type FaqData = z.infer<ReturnType<typeof faqSchema>>;
