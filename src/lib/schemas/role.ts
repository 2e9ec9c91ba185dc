import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** What a role is responsible for: a few projects, the whole business, or individual tasks. */
export const roleScopes = ['projects', 'business', 'tasks'] as const;

export const roleSchema = z.object({
  id: slugSchema,
  name: z.string().min(3),
  abbreviation: z.string().min(2).max(5),
  definition: z.string().min(30).max(200),
  implements: z.boolean(),
  scope: z.enum(roleScopes),
});

export type Role = z.infer<typeof roleSchema>;
