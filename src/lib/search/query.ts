/*
 * Query understanding for the site's search, run in the browser as the reader types. Pagefind wants every word of a query and has no
 * synonyms, so a question typed in a reader's own words is first turned into the terms that
 * matter: filler dropped, role names recognised, synonyms and spelling fixes added as variants.
 */

/** What search knows of the site's words (src/queries/search-lexicon.ts), in parts: lexicon-buckets.ts. */
export interface Lexicon {
  /** Question words that carry no meaning for search. */
  filler: string[];
  /** A word and the site's words for the same thing. */
  synonyms: Record<string, string[]>;
  /** Every role's names: its name, abbreviation and aliases. */
  roles: string[][];
  /** The words the site uses, sorted. */
  vocabulary: string[];
  /** How many pages the index holds, for weighing how rare a word is. */
  pages?: number;
  /**
   * Per page: the marker word its index carries, then the questions it answers (an FAQ's question,
   * an article's title, their `askedAs` phrasings).
   */
  questions?: [string, ...string[]][];
}

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

/** Lower case, straight quotes, no punctuation but the hyphens and apostrophes inside words. */
export function normaliseQuery(text: string): string {
  return String(text)
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string): string[] => (text ? text.split(' ') : []);

/** Optimal string alignment distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  const at = (i: number, j: number): number => d[i]![j]!;
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i]!;
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
      best = Math.min(best, at(i, j));
    }
    if (best > limit) return limit + 1;
  }
  return at(a.length, b.length);
}

/**
 * Whether the site uses a word, as Pagefind will match it: the word itself, a site word it
 * inflects ("hires" for "hire"), or, for the word still being typed (`typing`: the last word of
 * the query, which the reader may not have finished), a longer word it starts. `vocabulary` is sorted.
 */
export function isKnownWord(word: string, vocabulary: readonly string[], typing = false): boolean {
  const next = vocabulary[firstAtOrAfter(word, vocabulary)];
  if (next === word || (typing && word.length >= 3 && next?.startsWith(word))) return true;
  const has = (candidate: string) => vocabulary[firstAtOrAfter(candidate, vocabulary)] === candidate;
  // Pagefind stems words, so a word and its inflections find each other.
  return ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers'].some(
    (ending) =>
      has(word + ending) ||
      (word.endsWith(ending) && word.length - ending.length >= 3 && has(word.slice(0, -ending.length))),
  );
}

/** Binary search: the index of the first word not before `word` in the sorted `vocabulary`. */
function firstAtOrAfter(word: string, vocabulary: readonly string[]): number {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (vocabulary[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The nearest site word to a misspelt one: one edit for short words, two for longer ones. */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
    // On a tie the shorter word wins: a misspelling is more often a letter too many.
    if (distance < bestDistance || (distance === bestDistance && best && candidate.length < best.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** The longest role name (`roles` normalised) starting at `start`, as a term searched by the role's other names too. */
function roleAt(tokens: string[], start: number, roles: string[][]): { length: number; term: Term } | undefined {
  for (let length = Math.min(4, tokens.length - start); length > 0; length--) {
    const typed = tokens.slice(start, start + length).join(' ');
    // "project managers" and "VAs" name the role too.
    const singular = typed.length > 3 ? typed.replace(/s$/, '') : typed;
    const phrase = roles.some((names) => names.includes(typed)) ? typed : singular;
    const role = roles.find((names) => names.includes(phrase));
    if (role) {
      // The typed name first, then the abbreviation and the full name, which the pages use most.
      const variants = [...new Set([phrase, role[1] ?? phrase, role[0] ?? phrase])];
      return { length, term: { typed: phrase, variants, kind: 'role' } };
    }
  }
  return undefined;
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
 * The words of a question for comparing it with another: role names become one token per role,
 * so "an OBM" and "an online business manager" are the same question; filler stays, since "what
 * is" and "what does ... do" ask different things.
 */
export function questionWords(text: string, lexicon: Lexicon): Set<string> {
  const roles = lexicon.roles.map((names) => names.map(normaliseQuery));
  const filler = new Set(lexicon.filler);
  const tokens = words(normaliseQuery(text));
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, i, roles);
    if (role) {
      const names = roles.find((candidate) => candidate.includes(role.term.typed))!;
      found.add(`role:${roles.indexOf(names)}`);
      // An alias ("business manager") is also a word of its own: a question using that very name
      // reads more like the reader's than one using the role's usual name.
      if (names.indexOf(role.term.typed) > 1 && !names.slice(0, 2).includes(role.term.typed))
        found.add(`name:${role.term.typed}`);
      i += role.length - 1;
    } else {
      const word = tokens[i]!;
      // Filler stays as it is ("does" is not "doe"); a word is compared by its stem, and a word
      // with synonyms by its first one, so "afford" and "cost" are the same word.
      found.add(filler.has(word) ? word : stem(lexicon.synonyms[word]?.[0] ?? word));
    }
  }
  // "Who is a PM?", "What does a PM do?" and "VAs: what do they do?" ask one thing: what the role is.
  const meaningful = [...found].filter((word) => !filler.has(word));
  if (meaningful.length === 1 && meaningful[0]?.startsWith('role:') && (found.has('what') || found.has('who'))) {
    found.add(whatItIs);
  }
  return found;
}

/**
 * Pages whose listed questions read like the reader's, best first: the weighted share of words
 * two questions have in common (Jaccard, role names counting most and filler least), at least
 * `threshold`.
 */
export function similarQuestions(
  query: string,
  lexicon: Lexicon,
  threshold = 0.2,
): { marker: string; similarity: number }[] {
  const filler = new Set(lexicon.filler);
  const asked = questionWords(query, lexicon);
  // A word or two is a keyword search, not a question to match against other questions.
  if (asked.size < 3) return [];
  // Role names and the words that carry meaning outweigh question filler ("what is the"). A
  // question naming no role is about any of them: a listed one is not less alike for naming one.
  const roleWeight = [...asked].some(isRole) ? 5 : 0;
  const weight = (word: string): number => (isRole(word) ? roleWeight : wordWeight(word, filler));
  const askedWeight = [...asked].reduce((sum, word) => sum + weight(word), 0);
  const asksWhatItIs = asked.has(whatItIs);
  return listedQuestions(lexicon)
    .map(({ marker, phrasings }) => {
      let similarity = 0;
      for (const { words: listed, otherWeight, roleCount } of phrasings) {
        let shared = 0;
        for (const word of asked) if (listed.has(word)) shared += weight(word);
        // Asking the same kind of question counts for both; a question of another kind is not less alike.
        const sameKind = asksWhatItIs && listed.has(whatItIs) ? 2 : 0;
        const listedWeight = otherWeight + roleCount * roleWeight;
        similarity = Math.max(similarity, (shared + sameKind) / (askedWeight + listedWeight - shared + sameKind));
      }
      return { marker, similarity };
    })
    .filter((match) => match.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}

/**
 * A word without its inflection, for comparing questions: "hours", "hourly" and "hour" are one
 * word, as are "experienced" and "experience", "becoming" and "become". Pagefind stems the words
 * it indexes; the listed questions are compared here, in the browser, and need the same.
 */
export function stem(word: string): string {
  return word.replace(/(?<=.{3})(?:ings?|ly|ed|es|s)$/, '').replace(/(?<=.{3})e$/, '');
}

const isRole = (word: string): boolean => word.startsWith('role:');

/**
 * Of a question's words (`questionWords`), the ones that carry its meaning, and its roles: not
 * filler, not a role's alias, not the mark of the question's kind.
 */
export function meaningfulWords(asked: Iterable<string>, lexicon: Lexicon): { words: string[]; roles: string[] } {
  const filler = new Set(lexicon.filler);
  const all = [...asked];
  return {
    words: all.filter((word) => !isRole(word) && !filler.has(word) && !word.startsWith('name:') && word !== whatItIs),
    roles: all.filter(isRole),
  };
}

/** The mark of a question asking what a role is or does. */
const whatItIs = 'ask:what-it-is';

/**
 * What a word that is not a role weighs: an alias counts more than a plain word, filler least;
 * the kind of question is weighed only when both ask it.
 */
const wordWeight = (word: string, filler: Set<string>): number =>
  word === whatItIs ? 0 : word.startsWith('name:') ? 2 : filler.has(word) ? 0.5 : 1.5;

interface ListedQuestion {
  marker: string;
  phrasings: { words: Set<string>; otherWeight: number; roleCount: number }[];
}

const listedCache = new WeakMap<Lexicon, ListedQuestion[]>();

/** The listed questions as word sets, worked out once per lexicon rather than on every keystroke. */
function listedQuestions(lexicon: Lexicon): ListedQuestion[] {
  let listed = listedCache.get(lexicon);
  if (!listed) {
    const filler = new Set(lexicon.filler);
    listed = (lexicon.questions ?? []).map(([marker, ...phrasings]) => ({
      marker,
      phrasings: phrasings.map((phrasing) => {
        const words = [...questionWords(phrasing, lexicon)];
        const others = words.filter((word) => !isRole(word));
        return {
          words: new Set(words),
          otherWeight: others.reduce((sum, word) => sum + wordWeight(word, filler), 0),
          roleCount: words.length - others.length,
        };
      }),
    }));
    listedCache.set(lexicon, listed);
  }
  return listed;
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
