import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeAnswers, parseAnswers } from '../../src/lib/guide/guide-answers';
import { scoreAnswers } from '../../src/lib/guide/guide-scoring';
import { guideSchema, type Guide } from '../../src/lib/schemas/guide';

const question = (id: string, key: string, answers: string[]) => ({
  id,
  key,
  answers: answers.map((a) => ({ key: a })),
});
const guide = {
  questions: [
    question('projects', 'A', ['a', 'b', 'c']),
    question('doing', 'B', ['a', 'b']),
    question('team', 'C', ['a', 'b', 'c', 'd']),
  ],
  legacyLinkOrder: ['projects', 'doing', 'team'],
};

describe('parseAnswers', () => {
  it('reads versioned pairs of question key and answer key, in any order', () => {
    expect(parseAnswers(guide, '2.AcBbCd')).toEqual({ choices: ['c', 'b', 'd'], stale: 0 });
    expect(parseAnswers(guide, '2.CdAc')).toEqual({ choices: ['c', undefined, 'd'], stale: 0 });
  });
  it('reads links made before versioning by their frozen question order', () => {
    expect(parseAnswers(guide, 'cbd')).toEqual({ choices: ['c', 'b', 'd'], stale: 0 });
    expect(parseAnswers(guide, 'a-d')).toEqual({ choices: ['a', undefined, 'd'], stale: 0 });
  });
  it('counts answers to removed questions and removed answers as stale', () => {
    expect(parseAnswers(guide, '2.AcZaBz')).toEqual({ choices: ['c', undefined, undefined], stale: 2 });
    const withoutDoing = { ...guide, questions: [guide.questions[0]!, guide.questions[2]!] };
    expect(parseAnswers(withoutDoing, 'cbd')).toEqual({ choices: ['c', 'd'], stale: 1 });
  });
  it('never fails on a damaged or hostile value', () => {
    for (const value of [
      null,
      undefined,
      '',
      '2.',
      '2.zz',
      '<script>',
      '🙂bc',
      '2.A',
      'x'.repeat(100_000),
      '2.Ac'.repeat(50_000),
    ]) {
      const parsed = parseAnswers(guide, value);
      expect(parsed.choices).toHaveLength(3);
      expect(parsed.choices.every((choice) => choice === undefined || /^[a-d]$/.test(choice))).toBe(true);
    }
    expect(parseAnswers(guide, '2.AcAa').choices).toEqual(['c', undefined, undefined]);
  });
});

describe('encodeAnswers', () => {
  it('writes the version and one pair per answered question', () => {
    expect(encodeAnswers(guide, ['c', 'b', 'd'])).toBe('2.AcBbCd');
    expect(encodeAnswers(guide, [undefined, 'b', undefined])).toBe('2.Bb');
    expect(encodeAnswers(guide, [undefined, undefined, undefined])).toBe('');
  });
  it('round-trips every combination of answers', () => {
    const options = guide.questions.map((q) => [...q.answers.map((a) => a.key), undefined]);
    for (const first of options[0]!) {
      for (const second of options[1]!) {
        for (const third of options[2]!) {
          const choices = [first, second, third];
          expect(parseAnswers(guide, encodeAnswers(guide, choices))).toEqual({ choices, stale: 0 });
        }
      }
    }
  });
});

/*
 * Links readers shared before versioned links, with the result each showed then (recorded from the
 * guide of November 2026 by its own code). They must keep showing it.
 */
const realGuide: Guide = guideSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/guide.json'), 'utf8'))[0],
);
const sharedLinks: { a: string; result: string; answered: number }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/guide-links-2026-11.json'), 'utf8'),
);
const resultOf = (g: Guide, a: string) => scoreAnswers(g, parseAnswers(g, a).choices);

describe('links shared with the guide of November 2026', () => {
  it.each(sharedLinks)('?a=$a still shows $result', ({ a, result, answered }) => {
    const outcome = resultOf(realGuide, a);
    expect(outcome.result).toBe(result);
    expect(outcome.answered).toBe(answered);
  });
  it('show the same result after the questions are reordered and one is added', () => {
    const added = {
      ...realGuide.questions[0]!,
      id: 'timeline',
      key: 'Z',
      answers: realGuide.questions[0]!.answers.map((x) => ({ ...x, points: { pm: 1 } })),
    };
    const changed: Guide = { ...realGuide, questions: [added, ...[...realGuide.questions].reverse()] };
    for (const link of sharedLinks) expect(resultOf(changed, link.a).result, link.a).toBe(link.result);
  });
  it('say the guide changed when a question they answered was removed', () => {
    const removed: Guide = { ...realGuide, questions: realGuide.questions.filter((q) => q.id !== 'projects') };
    expect(parseAnswers(removed, 'abc').stale).toBe(1);
    expect(parseAnswers(removed, '-bc').stale).toBe(0);
  });
});
