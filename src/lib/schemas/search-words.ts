import { z } from 'astro/zod';

const word = z
  .string()
  // An apostrophe inside a word stays, as the search's normalising leaves it ("won't").
  .regex(
    /^[a-z][a-z0-9'-]*[a-z0-9]$|^[a-z]$/,
    'must be one lower-case word: letters and digits, with hyphens or apostrophes only inside it',
  );

/**
 * The site's own words for search: question filler to ignore and a small synonym table (a word
 * readers use -> the words the content uses). Role names are not here: they come from roles.json.
 */
export const searchWordsSchema = z.object({
  filler: z.array(word).min(1),
  synonyms: z.record(word, z.array(z.string().min(2)).min(1, 'name at least one word the site uses instead')),
});

export type SearchWords = z.infer<typeof searchWordsSchema>;
