/*
 * Query understanding for the site's search, run in the browser as the reader types. Pagefind wants every word of a query and has no
 * synonyms, so a question typed in a reader's own words is first turned into the terms that
 * matter: filler dropped, role names recognised, synonyms and spelling fixes added as variants.
 */
import type { Lexicon } from './lexicon';
import { normaliseQuery, words } from './normalise-query';
import { roleAt } from './role-names';
import { isKnownWord, nearestWord } from './spelling';

/** One thing the reader asked about, with the ways to search for it, the first preferred. */
export interface Term {
  /** The reader's words. */
  typed: string;
  /** What to search for it. */
  variants: string[];
  /** How the variants were found. */
  kind: 'word' | 'role' | 'synonym' | 'spelling';
}

export interface UnderstoodQuery {
  terms: Term[];
  /** Words the site never uses and no variant could stand in for. */
  unknown: string[];
  /** Nearest site words for misspellings. */
  suggestions: { word: string; suggestion: string }[];
}

/** The terms of what the reader typed, with the words nothing could stand in for and the spelling fixes. */
export function understandQuery(query: string, lexicon: Lexicon): UnderstoodQuery {
  const filler = new Set(lexicon.filler);
  const roles = lexicon.roles.map((names) => names.map(normaliseQuery));
  const roleWords = new Set(roles.flat().flatMap(words));
  const understood: UnderstoodQuery = { terms: [], unknown: [], suggestions: [] };
  // Spelling first, so a corrected word can complete a role name ("project manger").
  const corrected = new Set<number>();
  const tokens = words(normaliseQuery(query)).map((word, i, all) => {
    if (filler.has(word) || roleWords.has(word) || lexicon.synonyms[word]) return word;
    if (isKnownWord(word, lexicon.vocabulary, i === all.length - 1)) return word;
    const suggestion = nearestWord(word, lexicon.vocabulary);
    if (!suggestion) return word;
    understood.suggestions.push({ word, suggestion });
    corrected.add(i);
    return suggestion;
  });
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, i, roles);
    if (role) {
      if (!understood.terms.some((term) => term.typed === role.term.typed)) understood.terms.push(role.term);
      i += role.length - 1;
      continue;
    }
    const word = tokens[i]!;
    if (filler.has(word) || understood.terms.some((term) => term.typed === word)) continue;
    const synonyms = lexicon.synonyms[word] ?? [];
    if (corrected.has(i)) {
      understood.terms.push({ typed: word, variants: [word], kind: 'spelling' });
    } else if (isKnownWord(word, lexicon.vocabulary, i === tokens.length - 1)) {
      understood.terms.push({ typed: word, variants: [word, ...synonyms], kind: synonyms.length ? 'synonym' : 'word' });
    } else if (synonyms.length) {
      // Searching a word the site never uses would match its shortest prefix ("afford" -> "a").
      understood.terms.push({ typed: word, variants: synonyms, kind: 'synonym' });
    } else {
      understood.unknown.push(word);
    }
  }
  return understood;
}

/**
 * The reader's own words, filler and all, when every one of them is a site word: searched first,
 * since a page listing this very phrasing (its `askedAs`) is the best answer there is.
 */
export function wholePhrase(query: string, lexicon: Lexicon, understood: UnderstoodQuery): string | undefined {
  const tokens = words(normaliseQuery(query));
  const filler = new Set(lexicon.filler);
  if (understood.unknown.length || understood.suggestions.length) return undefined;
  if (!tokens.some((word) => filler.has(word))) return undefined;
  if (
    !tokens.every(
      (word, i) =>
        filler.has(word) ||
        understood.terms.length > 0 ||
        isKnownWord(word, lexicon.vocabulary, i === tokens.length - 1),
    )
  )
    return undefined;
  return tokens.join(' ');
}

/** The query with each misspelt word replaced by its suggestion, for "Did you mean". */
export function correctedQuery(query: string, understood: UnderstoodQuery): string {
  const fixes = new Map(understood.suggestions.map(({ word, suggestion }) => [word, suggestion]));
  return words(normaliseQuery(query))
    .map((word) => fixes.get(word) ?? word)
    .join(' ');
}
