import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon';
import { questionWords, similarQuestions } from '../../src/lib/search/listed-questions';
import { understandQuery } from '../../src/lib/search/query';
import { stem } from '../../src/lib/search/stem';
import { lexicon } from './fixtures/sample-lexicon';

const variantsOf = (query: string) => understandQuery(query, lexicon).terms.map((term) => term.variants);

describe('questions that read alike', () => {
  const withQuestions: Lexicon = {
    ...lexicon,
    questions: [
      ['zqa', 'What does an online business manager do?', 'what does an OBM do all day'],
      ['zqb', 'What is the difference between a PM and an OBM?'],
      ['zqc', 'How much does a fractional COO cost?'],
    ],
  };
  it('treats every name of a role as the same word', () => {
    expect(questionWords('What does an OBM do?', lexicon)).toEqual(
      questionWords('what does an online business manager do', lexicon),
    );
  });
  it('reads a plural role name as the role', () => {
    expect(questionWords('Where do project managers work?', lexicon)).toEqual(
      questionWords('where do project manager work', lexicon),
    );
    expect(variantsOf('good sites for OBMs')).toContainEqual(['obm', 'online business manager']);
  });
  it('prefers a question that uses the same alias of a role the reader typed', () => {
    const aliased: Lexicon = {
      ...lexicon,
      questions: [
        ['zqa', 'What is an OBM?'],
        ['zqd', 'Is a business manager an OBM?'],
      ],
    };
    expect(similarQuestions('What is a business manager?', aliased)[0]?.marker).toBe('zqd');
    expect(similarQuestions('What is an online business manager?', aliased)[0]?.marker).toBe('zqa');
  });
  it('reads "who is", "what is" and "what does it do" about a role as one kind of question', () => {
    const kinds: Lexicon = {
      ...lexicon,
      filler: [...lexicon.filler, 'who', 'they'],
      questions: [
        ['zqf', 'What is a fractional project manager?'],
        ['zqd', 'What does a project manager do?'],
      ],
    };
    expect(similarQuestions('Who is a project manager?', kinds)[0]?.marker).toBe('zqd');
    expect(similarQuestions('Project managers: what do they do?', kinds)[0]?.marker).toBe('zqd');
  });
  it('compares words by their Porter2 stem, so an inflection is the same word', () => {
    expect(stem('hourly')).toBe(stem('hours'));
    expect(stem('becoming')).toBe(stem('become'));
    expect(stem('rates')).toBe(stem('rate'));
    expect(stem('hiring')).toBe(stem('hires'));
    expect(stem('pm')).toBe('pm');
    // Porter2 keeps these two apart ("experienc", "experi").
    expect(stem('experienced')).not.toBe(stem('experience'));
    const listed: Lexicon = {
      ...lexicon,
      questions: [
        ['zqn', 'Should I hire a new OBM or an experienced one?'],
        ['zqs', 'How do OBMs set their rates?'],
      ],
    };
    expect(similarQuestions('OBM rate setting', listed)[0]?.marker).toBe('zqs');
    expect(similarQuestions('hiring an experienced OBM', listed)[0]?.marker).toBe('zqn');
  });
  it('leaves a search of one or two words to the words themselves', () => {
    const listed: Lexicon = { ...lexicon, questions: [['zqo', 'Onboarding and certification']] };
    expect(similarQuestions('onboarding certification', listed)).toEqual([]);
    expect(similarQuestions('onboarding and certification', listed)[0]?.marker).toBe('zqo');
  });
  it('counts the same whole word above a word joined only by its stem', () => {
    // Porter2 stems "personality" to "person".
    expect(stem('personality')).toBe(stem('person'));
    const listed: Lexicon = {
      ...lexicon,
      questions: [
        ['zqp', 'Am I the right personality for this work?'],
        ['zqh', 'Am I the right person for this work?'],
      ],
    };
    const [first, second] = similarQuestions('the right person for my work', listed);
    expect(first?.marker).toBe('zqh');
    expect(second?.marker).toBe('zqp');
    expect(second!.similarity).toBeLessThan(first!.similarity);
  });
  it('compares a word with synonyms by the site’s word for it', () => {
    const listed: Lexicon = {
      ...lexicon,
      questions: [
        ['zqc', 'What does an OBM cost?'],
        ['zqh', 'Where do I find an OBM?'],
      ],
    };
    expect(questionWords('Can I afford an OBM?', lexicon)).toContain('cost');
    expect(similarQuestions('Can I afford an OBM?', listed)[0]?.marker).toBe('zqc');
  });
  it('keeps filler as it is, so "does" is not taken for a word that matters', () => {
    expect(questionWords('What does an OBM do?', lexicon)).toContain('does');
  });
  it('does not hold the roles of a listed question against a question that names none', () => {
    const roleless: Lexicon = {
      ...lexicon,
      questions: [
        ['zqe', 'Are PMs and OBMs employees or contractors?'],
        ['zqh', 'Who should I hire first?'],
      ],
    };
    expect(similarQuestions('Contractors or employees: which is best?', roleless)[0]?.marker).toBe('zqe');
  });
  it('finds the page whose listed question reads most like the reader’s', () => {
    expect(similarQuestions('what does an OBM actually do?', withQuestions)[0]?.marker).toBe('zqa');
    expect(similarQuestions('Fractional COO: how much does one cost?', withQuestions)[0]?.marker).toBe('zqc');
  });
  it('weighs role names above filler, so another role’s question does not match for its wording', () => {
    const same = similarQuestions('What is the difference between a PM and an OBM?', withQuestions)[0];
    const otherRole = similarQuestions('What is the difference between a fractional COO and an OBM?', withQuestions);
    expect(same).toEqual({ marker: 'zqb', similarity: 1 });
    expect(otherRole.find((m) => m.marker === 'zqb')?.similarity ?? 0).toBeLessThan(0.6);
  });
});
