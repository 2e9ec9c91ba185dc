import type { MoveEntry } from '../schemas/move';
import { paths, reversedComparisonId } from '../content/urls';

/** An old address and where its content lives now (site paths without the base). */
export interface Redirect {
  from: string;
  to: string;
}

/** An address removed on purpose: its page says why and points to the closest content. */
export interface Removal {
  from: string;
  reason: string;
  closest: string;
}

export interface MoveSources {
  comparisons: { id: string; movedFrom: string[]; rows: { id: string; aliases: string[] }[] }[];
  /** `file`: the entry's source file, named in errors (`.md` or `.mdx`). */
  articles: { id: string; movedFrom: string[]; file?: string | undefined }[];
  faqs: { id: string; movedFrom: string[]; file?: string | undefined }[];
  moves: MoveEntry[];
}

/**
 * Every redirect and removal the content declares: reversed comparison URLs, the old ids in
 * `movedFrom` and row `aliases`, and the entries of moves.json. Throws, naming both, when two
 * declarations claim one old address.
 */
export function declaredMoves(sources: MoveSources): { redirects: Redirect[]; removals: Removal[] } {
  const redirects: Redirect[] = [];
  const claimedBy = new Map<string, string>();
  const add = (from: string, to: string, declaredIn: string) => {
    const earlier = claimedBy.get(from);
    if (earlier !== undefined) throw new Error(`${declaredIn} and ${earlier} both declare where ${from} moved`);
    claimedBy.set(from, declaredIn);
    redirects.push({ from, to });
  };
  const live = new Set(sources.comparisons.map((c) => c.id));

  for (const comparison of sources.comparisons) {
    const file = `src/content/comparisons/${comparison.id}.mdx`;
    const reversed = reversedComparisonId(comparison.id);
    // "b-vs-a" is what people type when they think of the roles the other way round.
    if (reversed && !live.has(reversed)) add(paths.comparison(reversed), paths.comparison(comparison.id), file);
    for (const row of comparison.rows) {
      for (const alias of row.aliases)
        add(paths.rowPage(comparison.id, alias), paths.rowPage(comparison.id, row.id), `${file} (row "${row.id}")`);
    }
    for (const old of comparison.movedFrom) {
      add(paths.comparison(old), paths.comparison(comparison.id), `${file} (movedFrom)`);
      const oldReversed = reversedComparisonId(old);
      if (oldReversed && !live.has(oldReversed) && oldReversed !== comparison.id && oldReversed !== reversed) {
        add(paths.comparison(oldReversed), paths.comparison(comparison.id), `${file} (movedFrom, reversed)`);
      }
      for (const row of comparison.rows) {
        for (const id of [row.id, ...row.aliases]) {
          add(paths.rowPage(old, id), paths.rowPage(comparison.id, row.id), `${file} (movedFrom, row "${row.id}")`);
        }
      }
    }
  }
  for (const article of sources.articles) {
    for (const old of article.movedFrom)
      add(paths.article(old), paths.article(article.id), article.file ?? `src/content/articles/${article.id}.mdx`);
  }
  for (const faq of sources.faqs) {
    for (const old of faq.movedFrom)
      add(paths.faqPage(old), paths.faqPage(faq.id), faq.file ?? `src/content/faqs/${faq.id}.mdx`);
  }
  const removals: Removal[] = [];
  for (const entry of sources.moves) {
    if ('to' in entry) {
      add(entry.from, entry.to, 'src/content/moves.json');
    } else {
      if (claimedBy.has(entry.from))
        throw new Error(`src/content/moves.json marks ${entry.from} gone, but ${claimedBy.get(entry.from)} moves it`);
      claimedBy.set(entry.from, 'src/content/moves.json');
      // A removed anchor needs no page of its own: the link still opens the page it was on.
      if (!entry.from.includes('#')) removals.push({ from: entry.from, ...entry.gone });
    }
  }
  return { redirects, removals };
}
