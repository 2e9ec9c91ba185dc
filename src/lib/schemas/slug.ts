import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: safe in URLs and as HTML ids. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "team-size"');
