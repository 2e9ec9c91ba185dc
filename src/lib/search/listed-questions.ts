/*
 * The questions pages list (an FAQ's question, an article's title, their `askedAs`) compared with
 * the reader's: a page whose listed question reads like the reader's is the answer they asked for.
 */
import type { Lexicon } from './lexicon';
import { normaliseQuery, words } from './normalise-query';
import { rankingWeights } from './ranking-weights';
import { roleAt } from './role-names';
import { stem } from './stem';

/** The mark of a question asking what a role is or does. */
const whatItIs = 'ask:what-it-is';

const isRole = (word: string): boolean => word.startsWith('role:');

/** The mark of a whole word, kept beside its stem. */
const whole = 'whole:';

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
      // Filler stays as it is ("does" is not "doe"). Another word counts by its stem and, a little
      // more, as the whole word, since Porter2 also joins words of other meanings ("personality" is
      // "person"); a word with synonyms counts as its first one ("afford" as "cost").
      const said = lexicon.synonyms[word]?.[0] ?? word;
      if (filler.has(word)) found.add(word);
      else found.add(stem(said)).add(whole + said);
    }
  }
  // "Who is a PM?", "What does a PM do?" and "VAs: what do they do?" ask one thing: what the role is.
  const meaningful = [...found].filter((word) => !filler.has(word) && !word.startsWith(whole));
  if (meaningful.length === 1 && meaningful[0]?.startsWith('role:') && (found.has('what') || found.has('who'))) {
    found.add(whatItIs);
  }
  return found;
}

/**
 * Of a question's words (`questionWords`), the ones that carry its meaning, by their stems and as
 * whole words, and its roles: not filler, not a role's alias, not the mark of the question's kind.
 */
export function meaningfulWords(
  asked: Iterable<string>,
  lexicon: Lexicon,
): { words: string[]; wholeWords: string[]; roles: string[] } {
  const filler = new Set(lexicon.filler);
  const all = [...asked];
  const isStem = (word: string) =>
    !isRole(word) && !filler.has(word) && !word.startsWith('name:') && !word.startsWith(whole) && word !== whatItIs;
  return {
    words: all.filter(isStem),
    wholeWords: all.filter((word) => word.startsWith(whole)).map((word) => word.slice(whole.length)),
    roles: all.filter(isRole),
  };
}

/** What a word that is not a role weighs (`rankingWeights`). */
function wordWeight(word: string, filler: Set<string>): number {
  if (word === whatItIs) return rankingWeights.kindMark;
  if (word.startsWith('name:')) return rankingWeights.alias;
  if (word.startsWith(whole)) return rankingWeights.sameWord;
  return filler.has(word) ? rankingWeights.filler : rankingWeights.word;
}

/**
 * Pages whose listed questions read like the reader's, best first: the weighted share of words
 * two questions have in common (Jaccard, role names counting most and filler least), at least
 * `threshold`.
 */
export function similarQuestions(
  query: string,
  lexicon: Lexicon,
  threshold: number = rankingWeights.minLikeness,
): { marker: string; similarity: number }[] {
  const filler = new Set(lexicon.filler);
  const asked = questionWords(query, lexicon);
  if ([...asked].filter((word) => !word.startsWith(whole)).length < rankingWeights.minQuestionWords) return [];
  // A question naming no role is about any of them: a listed one is not less alike for naming one.
  const roleWeight = [...asked].some(isRole) ? rankingWeights.role : 0;
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
        const sameKind = asksWhatItIs && listed.has(whatItIs) ? rankingWeights.sameKind : 0;
        const listedWeight = otherWeight + roleCount * roleWeight;
        similarity = Math.max(similarity, (shared + sameKind) / (askedWeight + listedWeight - shared + sameKind));
      }
      return { marker, similarity };
    })
    .filter((match) => match.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}

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
