import { z } from 'astro/zod';
import { tagIds } from '../content/tags.ts';
import { askedAsSchema, movedFromSchema, reviewedSchema, sourcesSchema } from './page-fields.ts';
import { pastDay } from './dates.ts';

/** The meta description doubles as the search excerpt, so it must fit a results line. */
export const descriptionSchema = z
  .string()
  .min(50, 'must be at least 50 characters (it is the meta description and the search excerpt)')
  .max(160, 'must be at most 160 characters (longer ones are cut off in search results)');

/**
 * Cross-references are passed in: the site passes Astro's `reference()` schemas, which check that the
 * target exists; unit tests pass plain string schemas, since `astro:content` only exists in a build.
 */
export const articleSchema = <Role extends z.ZodType, Article extends z.ZodType, Source extends z.ZodType>(refs: {
  role: Role;
  article: Article;
  source: Source;
}) =>
  z
    .object({
      title: z.string().min(10).max(90),
      description: descriptionSchema,
      roles: z.array(refs.role).min(1, 'name at least one role the article is about'),
      tags: z.array(z.enum(tagIds)).min(1),
      published: pastDay('it was published'),
      updated: pastDay('it was last updated').optional(),
      draft: z.boolean().default(false),
      related: z.array(refs.article).default([]),
      sources: sourcesSchema(refs.source),
      reviewed: reviewedSchema,
      askedAs: askedAsSchema,
      movedFrom: movedFromSchema,
    })
    .refine((article) => !article.updated || article.updated >= article.published, {
      path: ['updated'],
      message: 'must not be earlier than published',
    });

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
