import { z } from 'astro/zod';
import { sitePathSchema } from './guide.ts';

/**
 * An address declared as moved or removed, for pages that have no entry to carry a `movedFrom`
 * (a tag, a page of the article list). Entries never go: old links stay alive.
 */
export const moveSchema = z.union([
  z.object({ from: sitePathSchema, to: sitePathSchema }).strict(),
  z
    .object({
      from: sitePathSchema,
      gone: z
        .object({
          /** Told to the reader who follows an old link. */
          reason: z.string().min(20).max(300),
          /** The page that now answers best. */
          closest: sitePathSchema,
        })
        .strict(),
    })
    .strict(),
]);

export type MoveEntry = z.infer<typeof moveSchema>;

export const movesFile = 'src/content/moves.json';

/**
 * The moves file, checked. Read directly rather than as a collection: it is usually empty, and an
 * empty collection makes Astro warn on every build. Errors name the file, the entry and the field.
 */
export function parseMoves(text: string): MoveEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${movesFile} is not valid JSON: ${(error as Error).message}`);
  }
  const result = z.array(moveSchema).safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  [${issue.path.join('.')}]: ${issue.message}`);
  throw new Error(`${movesFile} has entries that are neither a move nor a removal:\n${problems.join('\n')}`);
}
