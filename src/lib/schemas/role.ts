import { z } from 'astro/zod';
import { sourcesSchema } from './page-fields';
import { slugSchema } from './slug';

/** What a role is responsible for: a few projects, the whole business, or individual tasks. */
export const roleScopes = ['projects', 'business', 'tasks'] as const;

export const roleSchema = <Source extends z.ZodType>(refs: { source: Source }) =>
  z.object({
    id: slugSchema,
    name: z.string().min(3),
    abbreviation: z.string().min(2).max(5),
    definition: z.string().min(30).max(200),
    implements: z.boolean(),
    scope: z.enum(roleScopes),
    /** What readers call the role ("ops manager", "business manager"): search treats them as its name. */
    aliases: z.array(z.string().min(2).max(60)).default([]),
    /** Where the definition comes from. */
    sources: sourcesSchema(refs.source),
  });

export type Role = z.infer<ReturnType<typeof roleSchema<z.ZodType>>>;
