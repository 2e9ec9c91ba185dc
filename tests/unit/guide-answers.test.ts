import { describe, expect, it } from 'vitest';
import { encodeAnswers, parseAnswers } from '../../src/lib/guide-answers';

const guide = {
  questions: [
    { answers: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] },
    { answers: [{ key: 'a' }, { key: 'b' }] },
    { answers: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }] },
  ],
};

describe('parseAnswers', () => {
  it('reads one answer letter per question, in question order', () => {
    expect(parseAnswers(guide, 'cbd')).toEqual(['c', 'b', 'd']);
  });

  it('reads partial answers: "-" skips a question and a short value leaves the rest unanswered', () => {
    expect(parseAnswers(guide, 'a-d')).toEqual(['a', undefined, 'd']);
    expect(parseAnswers(guide, '-b')).toEqual([undefined, 'b', undefined]);
  });

  it('answers nothing when the parameter is missing or empty', () => {
    for (const value of [null, undefined, ''])
      expect(parseAnswers(guide, value)).toEqual([undefined, undefined, undefined]);
  });

  it('skips letters that are not an answer to that question, keeping the others in place', () => {
    expect(parseAnswers(guide, 'zcb')).toEqual([undefined, undefined, 'b']);
    expect(parseAnswers(guide, 'A-D')).toEqual([undefined, undefined, undefined]);
  });

  it('survives tampering: markup, digits, spaces and emoji are skipped', () => {
    expect(parseAnswers(guide, 'zz<script>')).toEqual([undefined, undefined, undefined]);
    expect(parseAnswers(guide, 'b"><a')).toEqual(['b', undefined, undefined]);
    expect(parseAnswers(guide, '🙂bc')).toEqual([undefined, 'b', 'c']);
    expect(parseAnswers(guide, '1 c')).toEqual([undefined, undefined, 'c']);
  });

  it('ignores everything past the last question, however long', () => {
    expect(parseAnswers(guide, 'abcabcabc')).toEqual(['a', 'b', 'c']);
    expect(parseAnswers(guide, 'aac' + 'x'.repeat(100_000))).toEqual(['a', 'a', 'c']);
  });
});

describe('encodeAnswers', () => {
  it('writes one letter per question with "-" for a skipped one, dropping trailing skips', () => {
    expect(encodeAnswers(['c', 'b', 'd'])).toBe('cbd');
    expect(encodeAnswers([undefined, 'b', undefined])).toBe('-b');
    expect(encodeAnswers([undefined, undefined])).toBe('');
  });

  it('round-trips every combination of answers through parseAnswers', () => {
    const options = guide.questions.map((question) => [...question.answers.map((answer) => answer.key), undefined]);
    for (const first of options[0]!) {
      for (const second of options[1]!) {
        for (const third of options[2]!) {
          const choices = [first, second, third];
          expect(parseAnswers(guide, encodeAnswers(choices))).toEqual(choices);
        }
      }
    }
  });
});
