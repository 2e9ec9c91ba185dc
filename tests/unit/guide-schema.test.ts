import { describe, expect, it } from 'vitest';
import guideFile from '../../src/content/guide.json';
import { guideSchema } from '../../src/lib/schemas/guide';

/** `field: message` for each issue, the way an editor reads them. */
function problems(value: unknown): string[] {
  const result = guideSchema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const answer = (key: string, points: Record<string, number>) => ({
  key,
  label: `Answer ${key}`,
  points,
  reason: 'A reason long enough to read as a sentence.',
  link: '/compare/pm-vs-obm/#scope',
});
const question = (id: string, index: number) => ({
  id,
  key: 'ABCDEFGHIJ'[index],
  question: `Question about ${id}?`,
  answers: [answer('a', { pm: 1 }), answer('b', { va: 2 })],
});
const result = (id: string) => ({
  id,
  label: id.toUpperCase(),
  title: `The ${id} result`,
  summary: 'A summary of what this result means for the reader, in a sentence or two.',
  next: [{ text: 'Read the next article', href: '/articles/next/' }],
});
const guide = {
  title: 'Which one do I need?',
  description: 'A few short questions that point to the kind of help your business needs right now.',
  intro: 'Answer what you can, and the result explains itself from your answers.',
  questions: ['one', 'two', 'three', 'four', 'five', 'six'].map(question),
  legacyLinkOrder: ['one', 'two', 'three', 'four', 'five', 'six'],
  results: [result('pm'), result('va')],
  tieOrder: ['pm', 'va'],
  tieRule: 'The smaller step wins a tie, since help can be added later.',
};
const withAnswers = (...answers: ReturnType<typeof answer>[]) => ({
  ...guide,
  questions: [{ ...question('one', 0), answers }, ...guide.questions.slice(1)],
});

describe('guide schema', () => {
  it('accepts the guide in src/content/guide.json', () => {
    expect(problems(guideFile[0])).toEqual([]);
  });

  it('accepts a complete guide', () => {
    expect(problems(guide)).toEqual([]);
  });

  it('names an answer that adds points to a result that does not exist', () => {
    expect(problems(withAnswers(answer('a', { pm: 1, obm: 2 }), answer('b', { va: 1 })))).toEqual([
      'questions.0.answers.0.points.obm: names no result "obm" (results: pm, va)',
    ]);
  });

  it('wants every answer to add points somewhere', () => {
    expect(problems(withAnswers(answer('a', {}), answer('b', { va: 1 })))).toEqual([
      'questions.0.answers.0.points: must add points to at least one result',
    ]);
  });

  it('wants one lower-case letter per answer, used once per question', () => {
    expect(problems(withAnswers(answer('a', { pm: 1 }), answer('a', { va: 1 })))).toEqual([
      'questions.0.answers: question "one" uses answer key "a" twice',
    ]);
    expect(problems(withAnswers(answer('A', { pm: 1 }), answer('bb', { va: 1 }))).map((p) => p.split(':')[0])).toEqual([
      'questions.0.answers.0.key',
      'questions.0.answers.1.key',
    ]);
  });

  it.each(['https://example.org/', '/articles/next', 'articles/next/', '//evil.example/', '/articles/Next/'])(
    'rejects a reason link that is not a site path: %s',
    (link) => {
      const bad = { ...answer('a', { pm: 1 }), link };
      expect(problems(withAnswers(bad, answer('b', { va: 1 })))[0]).toMatch(
        /^questions\.0\.answers\.0\.link: must be a site path/,
      );
    },
  );

  it('rejects a next step that is not a site path', () => {
    const bad = { ...result('va'), next: [{ text: 'Somewhere else', href: 'https://example.org/' }] };
    expect(problems({ ...guide, results: [result('pm'), bad] })[0]).toMatch(/^results\.1\.next\.0\.href:/);
  });

  it('wants the tie order to list every result exactly once', () => {
    expect(problems({ ...guide, tieOrder: ['pm'] })).toEqual([
      'tieOrder: leaves out result "va": every result needs a place in the tie order',
    ]);
    expect(problems({ ...guide, tieOrder: ['pm', 'va', 'obm', 'pm'] })).toEqual([
      'tieOrder: lists "pm" twice',
      'tieOrder: names no result "obm" (results: pm, va)',
    ]);
  });

  it('names a result that no answer can reach', () => {
    expect(problems({ ...guide, results: [...guide.results, result('obm')], tieOrder: ['pm', 'va', 'obm'] })).toEqual([
      'results: no answer adds points to result "obm", so no reader can reach it',
    ]);
  });

  it('names duplicate question and result ids', () => {
    expect(problems({ ...guide, questions: [...guide.questions, question('one', 6)] })).toEqual([
      'questions: question "one" is listed twice',
    ]);
  });

  it('names a question key used twice, since shared links would mix the two questions up', () => {
    expect(problems({ ...guide, questions: [...guide.questions, question('seven', 0)] })).toEqual([
      'questions: question key "A" is used twice: each question needs its own letter in shared links',
    ]);
    expect(problems({ ...guide, results: [...guide.results, result('pm')] })).toEqual([
      'results: result "pm" is listed twice',
    ]);
  });

  it('keeps the guide short: six to ten questions', () => {
    expect(problems({ ...guide, questions: guide.questions.slice(0, 5) })[0]).toMatch(/^questions:/);
  });
});
