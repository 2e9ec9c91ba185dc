import { z } from 'astro/zod';
import { descriptionSchema } from './article';
import { askedAsSchema, sourcesSchema } from './page-fields';

/** How a role is usually sold, which decides the figures the planner leads with. */
export const soldBy = ['hour', 'project', 'retainer', 'salary'] as const;

/** A role the planner offers: how it is usually charged, and the article that explains it. */
export const plannerRoleSchema = <Role extends z.ZodType, Article extends z.ZodType, Source extends z.ZodType>(refs: {
  role: Role;
  article: Article;
  source: Source;
}) =>
  z.object({
    role: refs.role,
    soldBy: z.enum(soldBy),
    /** One sentence on how the role charges, naming who says so. */
    charges: z.string().min(20).max(240),
    sources: sourcesSchema(refs.source),
    /** The article that explains how this role charges. */
    article: refs.article,
  });

/** The budget planner page (src/content/planner.json): its words, roles and starting plan. */
export const plannerSchema = <Role extends z.ZodType, Article extends z.ZodType, Source extends z.ZodType>(refs: {
  role: Role;
  article: Article;
  source: Source;
}) =>
  z.object({
    title: z.string().min(10).max(90),
    description: descriptionSchema,
    intro: z.string().min(40).max(400),
    askedAs: askedAsSchema,
    roles: z.array(plannerRoleSchema(refs)).min(1),
    /** The plan shown before the reader chooses, and for parameters missing from a link. */
    defaults: z.object({
      roles: z.array(z.string()).min(1),
      hours: z.number().int().min(1).max(200),
      months: z.number().int().min(1).max(36),
    }),
    /** Hours a month of the tables shown to every reader, with or without JavaScript. */
    workloads: z.array(z.number().int().min(1).max(200)).min(1).max(4),
    /** The article on affording the help, linked under the result with the decision guide. */
    affordability: refs.article,
  });

export type Planner = z.infer<ReturnType<typeof plannerSchema<z.ZodString, z.ZodString, z.ZodString>>>;
