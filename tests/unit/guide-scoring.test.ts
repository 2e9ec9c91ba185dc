import { describe, expect, it } from 'vitest';
import guideFile from '../../src/content/guide.json';
import { scoreAnswers } from '../../src/lib/guide/guide-scoring';
import { guideSchema, type Guide } from '../../src/lib/schemas/guide';

interface FixtureAnswer {
  key: string;
  points: Record<string, number>;
}

/** A small guide whose totals are easy to work out by hand. */
const fixture: { tieOrder: string[]; questions: { answers: FixtureAnswer[] }[] } = {
  tieOrder: ['pm', 'va', 'pm-va'],
  questions: [
    {
      answers: [
        { key: 'a', points: { pm: 2 } },
        { key: 'b', points: { va: 2 } },
      ],
    },
    {
      answers: [
        { key: 'a', points: { pm: 1, 'pm-va': 3 } },
        { key: 'b', points: { va: 1 } },
      ],
    },
    { answers: [{ key: 'a', points: { 'pm-va': 2 } }] },
  ],
};

describe('scoreAnswers', () => {
  it('adds up the points of the chosen answers', () => {
    const outcome = scoreAnswers(fixture, ['a', 'a', 'a']);
    expect(outcome.totals).toEqual({ pm: 3, va: 0, 'pm-va': 5 });
    expect(outcome.result).toBe('pm-va');
    expect(outcome.answered).toBe(3);
  });

  it('gives the reasons: the answers that added points to the result, in question order', () => {
    const outcome = scoreAnswers(fixture, ['b', 'a', 'a']);
    expect(outcome.result).toBe('pm-va');
    expect(outcome.reasons.map((answer) => answer.points)).toEqual([{ pm: 1, 'pm-va': 3 }, { 'pm-va': 2 }]);
  });

  it('breaks a tie in favour of the result listed first in the tie order', () => {
    const tied = scoreAnswers(fixture, ['a', undefined, 'a']);
    expect(tied.totals).toMatchObject({ pm: 2, 'pm-va': 2 });
    expect(tied.result).toBe('pm');
    const reversed = scoreAnswers({ ...fixture, tieOrder: ['pm-va', 'va', 'pm'] }, ['a', undefined, 'a']);
    expect(reversed.result).toBe('pm-va');
  });

  it('scores partial answers, counting only the questions answered', () => {
    const outcome = scoreAnswers(fixture, [undefined, 'b']);
    expect(outcome).toMatchObject({ result: 'va', answered: 1, totals: { pm: 0, va: 1, 'pm-va': 0 } });
  });

  it('has no result before any question is answered', () => {
    expect(scoreAnswers(fixture, [])).toEqual({
      result: undefined,
      totals: { pm: 0, va: 0, 'pm-va': 0 },
      reasons: [],
      answered: 0,
    });
  });

  it('treats an unknown answer key as unanswered', () => {
    expect(scoreAnswers(fixture, ['z', 'b', 'b'])).toMatchObject({ result: 'va', answered: 1 });
  });
});

describe('the guide in src/content/guide.json', () => {
  const guide: Guide = guideSchema.parse(guideFile[0]);
  const label = new Map(guide.results.map((result) => [result.id, result.label]));
  const rank = (id: string) => guide.tieOrder.indexOf(id);
  // Every question answered with each of its answers, or skipped.
  const options = guide.questions.map((question) => [...question.answers.map((answer) => answer.key), undefined]);
  const size = options.reduce((product, keys) => product * keys.length, 1);

  function* everyCombination(index = 0, chosen: (string | undefined)[] = []): Generator<(string | undefined)[]> {
    if (index === options.length) {
      yield chosen;
      return;
    }
    for (const key of options[index]!) yield* everyCombination(index + 1, [...chosen, key]);
  }

  it('stays small enough to check every combination of answers', () => {
    // Past this, switch the checks below to a seeded random sample.
    expect(size).toBeLessThanOrEqual(2_000_000);
  });

  it('gives every combination with at least one answer a result, backed by a reason and decided by the rule', () => {
    const reached = new Map<string, (string | undefined)[]>();
    const problems: string[] = [];
    let checked = 0;
    for (const combination of everyCombination()) {
      checked += 1;
      const outcome = scoreAnswers(guide, combination);
      if (outcome.answered === 0) {
        if (outcome.result !== undefined) problems.push('a result with no answers');
        continue;
      }
      const { result } = outcome;
      if (result === undefined || !label.has(result)) {
        problems.push(`no result for ${combination.join(',')}`);
        continue;
      }
      if (!reached.has(result)) reached.set(result, combination);
      if (outcome.reasons.length === 0) problems.push(`no reason for ${combination.join(',')}`);
      const best = outcome.totals[result]!;
      for (const [id, total] of Object.entries(outcome.totals)) {
        if (total > best || (total === best && rank(id) < rank(result))) {
          problems.push(`${combination.join(',')}: ${result} won over ${id}`);
        }
      }
      if (problems.length > 10) break;
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(size);
    expect([...reached.keys()].sort()).toEqual(guide.results.map((result) => result.id).sort());
  });

  /** Answers by question id, as an owner in a given situation would give them. */
  const owner = (answers: Record<string, string>) => guide.questions.map((question) => answers[question.id]);

  it.each([
    [
      'a course creator with a team and one launch that keeps slipping',
      'PM',
      { projects: 'b', doing: 'a', scope: 'a', team: 'c', decisions: 'a', plate: 'a', budget: 'b', direction: 'b' },
    ],
    [
      'a coach whose whole business needs running',
      'OBM',
      { projects: 'c', doing: 'b', scope: 'b', team: 'c', decisions: 'b', plate: 'b', budget: 'c', direction: 'c' },
    ],
    [
      'a solo owner buried in small tasks',
      'VA',
      { projects: 'a', doing: 'd', scope: 'd', team: 'a', decisions: 'a', plate: 'c', budget: 'a', direction: 'a' },
    ],
    [
      'an owner with a launch and nobody to build it',
      'PM + VA',
      { projects: 'b', doing: 'c', scope: 'a', team: 'b', decisions: 'a', plate: 'c', budget: 'd', direction: 'a' },
    ],
    [
      'a solo owner who wants the business run and the tasks done',
      'OBM + VA',
      { projects: 'c', doing: 'c', scope: 'b', team: 'a', decisions: 'b', plate: 'c', budget: 'd', direction: 'c' },
    ],
    [
      'a growing business with a big launch on top of busy days',
      'PM + OBM',
      { projects: 'b', doing: 'a', scope: 'c', team: 'd', decisions: 'b', plate: 'a', budget: 'd', direction: 'c' },
    ],
  ])('points %s to %s', (_who, expected, answers) => {
    const { result } = scoreAnswers(guide, owner(answers));
    expect(label.get(result ?? '')).toBe(expected);
  });
});
