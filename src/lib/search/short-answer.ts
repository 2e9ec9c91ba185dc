/*
 * The answer first: when the best result of a search is a page that answers in a few sentences (an
 * FAQ, a comparison's short answer, a guide result) and it leads the next result clearly, the
 * search shows that answer above the list. The page's own text comes with its Pagefind fragment
 * (the `answer` meta field), so no request is added.
 */
import type { ResultData } from './rank';
import { rankingWeights } from './ranking-weights';

/** The result types whose pages open with an answer. */
const answering = new Set(['FAQ', 'Comparison', 'Guide']);

export interface ShortAnswer {
  url: string;
  title: string;
  type: string;
  /** Two to four sentences of the page's answer. */
  text: string;
  /** Who says so: the names of the page's sources. */
  source: string | undefined;
}

/** The first sentences of a text, at least `min` and at most `max`, within about `chars` characters. */
export function firstSentences(text: string, { min = 2, max = 4, chars = 420 } = {}): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/);
  let taken = '';
  for (const [index, sentence] of sentences.entries()) {
    if (index >= max || (index >= min && taken.length + sentence.length > chars)) break;
    taken = taken ? `${taken} ${sentence}` : sentence;
  }
  return taken;
}

/** The answer a result holds, when it is of a kind that answers and has one. */
function answerIn(result: ResultData | undefined): ShortAnswer | undefined {
  const type = result?.filters.type?.[0] ?? '';
  if (!result?.meta.answer || !answering.has(type)) return undefined;
  return {
    url: result.url,
    title: result.meta.title ?? result.url,
    type,
    text: firstSentences(result.meta.answer),
    source: result.meta.answer_source,
  };
}

/**
 * The answer to show first for a ranked search (its first results' fragments, each result's weight
 * and likeness), or undefined when no result clearly answers it. When an article comes first and
 * the FAQ answer that leads to it comes second, the pair leads together and the FAQ's short answer
 * is the one shown: it answers the same question in a few sentences.
 */
export function shortAnswerOf(
  top: readonly (ResultData | undefined)[],
  { weights, likeness }: { weights: readonly number[]; likeness: readonly number[] },
): ShortAnswer | undefined {
  const [first, second] = top;
  const pairs = second?.meta.answer_article !== undefined && second.meta.answer_article === first?.url;
  const index = pairs && !answerIn(first) ? 1 : 0;
  const answer = answerIn(top[index]);
  const leads = (weights[index] ?? 0) >= rankingWeights.answerLead * (weights[index + 1] ?? 0);
  return answer && leads && (likeness[index] ?? 0) >= rankingWeights.answerLikeness ? answer : undefined;
}
