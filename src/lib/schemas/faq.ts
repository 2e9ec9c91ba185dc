import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

export const faqCategories = {
  basics: 'The basics',
  scope: 'Scope and responsibilities',
  choosing: 'Choosing between them',
  hiring: 'Hiring',
  engagement: 'Cost and engagement',
  'working-together': 'Working together',
} as const;

export type FaqCategory = keyof typeof faqCategories;

export const faqSchema = (ref: ReferenceFactory) =>
  z.object({
    question: z
      .string()
      .min(10)
      .max(120)
      .refine((question) => question.endsWith('?'), 'must be phrased as a question ending in "?"'),
    category: z.enum(Object.keys(faqCategories) as [FaqCategory, ...FaqCategory[]]),
    roles: z.array(ref('roles')).min(1),
    article: ref('articles'),
    order: z.number().int().default(100),
  });

export type FaqData = z.infer<ReturnType<typeof faqSchema>>;
