import { describe, expect, it } from 'vitest';
import { withHighlight } from '../../src/client/search/render-results';
import { whoSays } from '../../src/lib/content/who-says';
import type { ResultData } from '../../src/lib/search/rank';
import { rankingWeights } from '../../src/lib/search/ranking-weights';
import { firstSentences, shortAnswerOf } from '../../src/lib/search/short-answer';

const { answerLead, answerLikeness } = rankingWeights;

const faq = (answer?: string, type = 'FAQ'): ResultData => ({
  url: '/faq/can-i-afford-an-obm/',
  excerpt: '',
  content: '',
  meta: {
    title: 'Can I afford an OBM?',
    ...(answer && { answer }),
    answer_source: 'Alexis Fortier and Crystal Coleman',
  },
  filters: { type: [type] },
  sub_results: [],
});
const answer =
  'You can once revenue is steady. Alexis Fortier suggests $10,000 a month (read in December 2026). Budget from what you earned. Keep savings. Treat figures as examples.';

describe('the answer shown first', () => {
  it('takes two to four sentences of the page’s answer, no more than fit', () => {
    expect(firstSentences(answer)).toBe(
      'You can once revenue is steady. Alexis Fortier suggests $10,000 a month (read in December 2026). Budget from what you earned. Keep savings.',
    );
    expect(firstSentences(answer, { min: 1, max: 2, chars: 40 })).toBe('You can once revenue is steady.');
    expect(firstSentences('One sentence without an end')).toBe('One sentence without an end');
  });

  it('shows an FAQ or comparison that leads the next result clearly, with who says so', () => {
    const ranked = (weights: number[], likeness = [answerLikeness]) => ({ weights, likeness });
    const shown = shortAnswerOf([faq(answer)], ranked([answerLead * 2, 2]));
    expect(shown).toMatchObject({
      url: '/faq/can-i-afford-an-obm/',
      type: 'FAQ',
      source: 'Alexis Fortier and Crystal Coleman',
    });
    expect(shown?.text.startsWith('You can once revenue is steady.')).toBe(true);
    expect(shortAnswerOf([faq(answer, 'Comparison')], ranked([10]))).toBeDefined();
  });

  it('shows nothing when no result clearly leads, for an article, or for a page without an answer', () => {
    const ranked = (weights: number[], likeness = [1]) => ({ weights, likeness });
    expect(shortAnswerOf([faq(answer)], ranked([answerLead * 2 - 0.01, 2]))).toBeUndefined();
    expect(shortAnswerOf([faq(answer)], ranked([10, 1], [answerLikeness - 0.01]))).toBeUndefined();
    expect(shortAnswerOf([faq(answer, 'Article')], ranked([10, 1]))).toBeUndefined();
    expect(shortAnswerOf([faq(undefined)], ranked([10, 1]))).toBeUndefined();
    expect(shortAnswerOf([], ranked([]))).toBeUndefined();
  });
});

describe('an article first and the FAQ answer that leads to it second', () => {
  it('shows the FAQ’s short answer when the pair leads the rest clearly', () => {
    const article: ResultData = { ...faq(undefined, 'Article'), url: '/articles/afford/' };
    const leading = { ...faq(answer), meta: { ...faq(answer).meta, answer_article: '/articles/afford/' } };
    const ranked = { weights: [16, 14, 14 / (answerLead + 0.1)], likeness: [1, answerLikeness] };
    expect(shortAnswerOf([article, leading], ranked)?.url).toBe('/faq/can-i-afford-an-obm/');
    // An FAQ that leads to another article is not paired with this one.
    const other = { ...leading, meta: { ...leading.meta, answer_article: '/articles/other/' } };
    expect(shortAnswerOf([article, other], ranked)).toBeUndefined();
  });
});

describe('result links that mark the words searched for', () => {
  it('carry the words before the section they point to', () => {
    expect(withHighlight('/faq/x/', ['obm', 'cost'])).toBe('/faq/x/?highlight=obm&highlight=cost');
    expect(withHighlight('/articles/y/#fees', ['fractional coo'])).toBe('/articles/y/?highlight=fractional%20coo#fees');
    expect(withHighlight('/faq/x/', [])).toBe('/faq/x/');
  });
});

describe('who says so', () => {
  it('names the people or publishers, and counts the rest', () => {
    const source = (author: string | undefined, publisher: string) => ({ author, publisher });
    expect(whoSays([source('Indigo Colton', 'indigocolton.com')])).toBe('Indigo Colton');
    expect(whoSays([source(undefined, 'Prowess Project'), source('A', 'x'), source('A', 'y')])).toBe(
      'Prowess Project and A',
    );
    expect(whoSays(['A', 'B', 'C', 'D', 'E'].map((name) => source(name, 'p')))).toBe('A, B, C and 2 others');
  });
});
