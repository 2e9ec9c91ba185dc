// @ts-check
/*
 * Query understanding for the site's search, in plain JS for the browser (type-checked through
 * JSDoc; src/lib/search/query.ts re-exports it). Pagefind wants every word of a query and has no
 * synonyms, so a question typed in a reader's own words is first turned into the terms that
 * matter: filler dropped, role names recognised, synonyms and spelling fixes added as variants.
 */

/**
 * What the build writes to /search/lexicon.json (src/pages/search/lexicon.json.ts).
 * @typedef {object} Lexicon
 * @property {string[]} filler Question words that carry no meaning for search.
 * @property {Record<string, string[]>} synonyms A word and the site's words for the same thing.
 * @property {string[][]} roles Every role's names: its name, abbreviation and aliases.
 * @property {string[]} vocabulary The words the site uses, sorted.
 * @property {number} [pages] How many pages the index holds, for weighing how rare a word is.
 * @property {[string, ...string[]][]} [questions] Per page: the marker word its index carries, then
 *   the questions it answers (an FAQ's question, an article's title, their `askedAs` phrasings).
 */

/**
 * One thing the reader asked about, with the ways to search for it, the first preferred.
 * @typedef {object} Term
 * @property {string} typed The reader's words.
 * @property {string[]} variants What to search for it.
 * @property {'word' | 'role' | 'synonym' | 'spelling'} kind How the variants were found.
 */

/**
 * @typedef {object} UnderstoodQuery
 * @property {Term[]} terms
 * @property {string[]} unknown Words the site never uses and no variant could stand in for.
 * @property {{ word: string, suggestion: string }[]} suggestions Nearest site words for misspellings.
 */

/**
 * Lower case, straight quotes, no punctuation but the hyphens and apostrophes inside words.
 * @param {string} text
 */
export function normaliseQuery(text) {
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

/** @param {string} text */
const words = (text) => (text ? text.split(' ') : []);

/**
 * Optimal string alignment distance, stopping early past `limit`.
 * @param {string} a @param {string} b @param {number} limit
 */
export function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  /** @type {number[][]} */
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) /** @type {number[]} */ (d[0])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = /** @type {number[]} */ (d[i]);
    const up = /** @type {number[]} */ (d[i - 1]);
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(/** @type {number} */ (up[j]) + 1, /** @type {number} */ (row[j - 1]) + 1, /** @type {number} */ (up[j - 1]) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(/** @type {number} */ (row[j]), /** @type {number} */ (/** @type {number[]} */ (d[i - 2])[j - 2]) + 1);
      }
      best = Math.min(best, /** @type {number} */ (row[j]));
    }
    if (best > limit) return limit + 1;
  }
  return /** @type {number} */ (/** @type {number[]} */ (d[a.length])[b.length]);
}

/**
 * Whether the site uses a word, as Pagefind will match it: the word itself, a site word it
 * inflects ("hires" for "hire"), or, for the word still being typed, a longer word it starts.
 * @param {string} word @param {readonly string[]} vocabulary sorted
 * @param {boolean} [typing] the last word of the query, which the reader may not have finished
 */
export function isKnownWord(word, vocabulary, typing = false) {
  const next = vocabulary[firstAtOrAfter(word, vocabulary)];
  if (next === word || (typing && word.length >= 3 && next?.startsWith(word))) return true;
  const has = (/** @type {string} */ candidate) => vocabulary[firstAtOrAfter(candidate, vocabulary)] === candidate;
  // Pagefind stems words, so a word and its inflections find each other.
  return ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers'].some(
    (ending) => has(word + ending) || (word.endsWith(ending) && word.length - ending.length >= 3 && has(word.slice(0, -ending.length))),
  );
}

/**
 * Binary search: the index of the first word not before `word`.
 * @param {string} word @param {readonly string[]} vocabulary sorted
 */
function firstAtOrAfter(word, vocabulary) {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (/** @type {string} */ (vocabulary[mid]) < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The nearest site word to a misspelt one: one edit for short words, two for longer ones.
 * @param {string} word @param {readonly string[]} vocabulary
 */
export function nearestWord(word, vocabulary) {
  if (word.length < 4) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best;
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

/**
 * The longest role name starting at `start`, as a term searched by the role's other names too.
 * @param {string[]} tokens @param {number} start @param {string[][]} roles normalised
 */
function roleAt(tokens, start, roles) {
  for (let length = Math.min(4, tokens.length - start); length > 0; length--) {
    const typed = tokens.slice(start, start + length).join(' ');
    // "project managers" and "VAs" name the role too.
    const singular = typed.length > 3 ? typed.replace(/s$/, '') : typed;
    const phrase = roles.some((names) => names.includes(typed)) ? typed : singular;
    const role = roles.find((names) => names.includes(phrase));
    if (role) {
      // The typed name first, then the abbreviation and the full name, which the pages use most.
      const variants = [...new Set([phrase, role[1] ?? phrase, role[0] ?? phrase])];
      return { length, term: /** @type {Term} */ ({ typed: phrase, variants, kind: 'role' }) };
    }
  }
  return undefined;
}

/**
 * @param {string} query what the reader typed
 * @param {Lexicon} lexicon
 * @returns {UnderstoodQuery}
 */
export function understandQuery(query, lexicon) {
  const filler = new Set(lexicon.filler);
  const roles = lexicon.roles.map((names) => names.map(normaliseQuery));
  const roleWords = new Set(roles.flat().flatMap(words));
  /** @type {UnderstoodQuery} */
  const understood = { terms: [], unknown: [], suggestions: [] };
  // Spelling first, so a corrected word can complete a role name ("project manger").
  /** @type {Set<number>} */
  const corrected = new Set();
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
    const word = /** @type {string} */ (tokens[i]);
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
 * @param {string} text @param {Lexicon} lexicon
 */
export function questionWords(text, lexicon) {
  const roles = lexicon.roles.map((names) => names.map(normaliseQuery));
  const filler = new Set(lexicon.filler);
  const tokens = words(normaliseQuery(text));
  /** @type {Set<string>} */
  const found = new Set();
  for (let i = 0; i < tokens.length; i++) {
    const role = roleAt(tokens, i, roles);
    if (role) {
      const names = /** @type {string[]} */ (roles.find((candidate) => candidate.includes(role.term.typed)));
      found.add(`role:${roles.indexOf(names)}`);
      // An alias ("business manager") is also a word of its own: a question using that very name
      // reads more like the reader's than one using the role's usual name.
      if (names.indexOf(role.term.typed) > 1 && !names.slice(0, 2).includes(role.term.typed)) found.add(`name:${role.term.typed}`);
      i += role.length - 1;
    } else {
      const word = /** @type {string} */ (tokens[i]);
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
 * @param {string} query @param {Lexicon} lexicon @param {number} [threshold]
 * @returns {{ marker: string, similarity: number }[]}
 */
export function similarQuestions(query, lexicon, threshold = 0.2) {
  const filler = new Set(lexicon.filler);
  const asked = questionWords(query, lexicon);
  // A word or two is a keyword search, not a question to match against other questions.
  if (asked.size < 3) return [];
  // Role names and the words that carry meaning outweigh question filler ("what is the"). A
  // question naming no role is about any of them: a listed one is not less alike for naming one.
  const roleWeight = [...asked].some(isRole) ? 5 : 0;
  const weight = (/** @type {string} */ word) => (isRole(word) ? roleWeight : wordWeight(word, filler));
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
 * @param {string} word
 */
export function stem(word) {
  return word.replace(/(?<=.{3})(?:ings?|ly|ed|es|s)$/, '').replace(/(?<=.{3})e$/, '');
}

/** @param {string} word */
const isRole = (word) => word.startsWith('role:');

/** The mark of a question asking what a role is or does. */
const whatItIs = 'ask:what-it-is';

/**
 * What a word that is not a role weighs: an alias counts more than a plain word, filler least;
 * the kind of question is weighed only when both ask it.
 * @param {string} word @param {Set<string>} filler
 */
const wordWeight = (word, filler) => (word === whatItIs ? 0 : word.startsWith('name:') ? 2 : filler.has(word) ? 0.5 : 1.5);

/** @type {WeakMap<Lexicon, { marker: string, phrasings: { words: Set<string>, otherWeight: number, roleCount: number }[] }[]>} */
const listedCache = new WeakMap();

/**
 * The listed questions as word sets, worked out once per lexicon rather than on every keystroke.
 * @param {Lexicon} lexicon
 */
function listedQuestions(lexicon) {
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
 * @param {string} query @param {Lexicon} lexicon @param {UnderstoodQuery} understood
 */
export function wholePhrase(query, lexicon, understood) {
  const tokens = words(normaliseQuery(query));
  const filler = new Set(lexicon.filler);
  if (understood.unknown.length || understood.suggestions.length) return undefined;
  if (!tokens.some((word) => filler.has(word))) return undefined;
  if (!tokens.every((word, i) => filler.has(word) || understood.terms.length > 0 || isKnownWord(word, lexicon.vocabulary, i === tokens.length - 1)))
    return undefined;
  return tokens.join(' ');
}

/**
 * The query with each misspelt word replaced by its suggestion, for "Did you mean".
 * @param {string} query @param {UnderstoodQuery} understood
 */
export function correctedQuery(query, understood) {
  const fixes = new Map(understood.suggestions.map(({ word, suggestion }) => [word, suggestion]));
  return words(normaliseQuery(query))
    .map((word) => fixes.get(word) ?? word)
    .join(' ');
}
