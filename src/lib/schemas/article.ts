import { z } from 'astro/zod';
import { tagIds } from '../tags';
import type { ReferenceFactory } from './reference';

/** The meta description doubles as the search excerpt, so it must fit a results line. */
export const descriptionSchema = z
  .string()
  .min(50, 'must be at least 50 characters (it is the meta description and the search excerpt)')
  .max(160, 'must be at most 160 characters (longer ones are cut off in search results)');

export const articleSchema = (ref: ReferenceFactory) =>
  z
    .object({
      title: z.string().min(10).max(90),
      description: descriptionSchema,
      roles: z.array(ref('roles')).min(1, 'name at least one role the article is about'),
      tags: z.array(z.enum(tagIds)).min(1),
      published: z.coerce.date(),
      updated: z.coerce.date().optional(),
      draft: z.boolean().default(false),
      related: z.array(ref('articles')).default([]),
    })
    .refine((article) => !article.updated || article.updated >= article.published, {
      path: ['updated'],
      message: 'must not be earlier than published',
    });

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
