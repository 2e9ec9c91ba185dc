import { describe, expect, it } from 'vitest';
import {
  correctedQuery,
  editDistance,
  isKnownWord,
  nearestWord,
  normaliseQuery,
  questionWords,
  similarQuestions,
  stem,
  understandQuery,
  type Lexicon,
} from '../../src/lib/search/query';
import { vocabularyOf } from '../../src/lib/search/vocabulary';

const lexicon: Lexicon = {
  filler: ['a', 'an', 'can', 'do', 'does', 'i', 'is', 'or', 'should', 'the', 'what', 'you', 'actually'],
  synonyms: { afford: ['cost', 'budget'], hire: ['hiring'] },
  roles: [
    ['Online Business Manager', 'OBM', 'business manager'],
    ['Fractional COO', 'fCOO', 'fractional COO', 'part-time COO'],
    ['Project Manager', 'PM', 'project management'],
  ],
  vocabulary: vocabularyOf([
    'An online business manager runs the business. Their cost depends on hours and budget.',
    'Hiring a project manager: onboarding, retainers, certification and the first 30 days.',
    'A fractional coo works part-time. The hire who comes first.',
  ]),
};
const variantsOf = (query: string) => understandQuery(query, lexicon).terms.map((term) => term.variants);

describe('normalising a query', () => {
  it('lowers case, straightens curly quotes and drops punctuation and possessives', () => {
    expect(normaliseQuery('What’s an OBM’s “real” job?!')).toBe('what an obm real job');
    expect(normaliseQuery('  part-time   PM, or full-time? ')).toBe('part-time pm or full-time');
  });
});

describe('understanding a question', () => {
  it('reads a contraction with a curly apostrophe as the filler it is, not as a misspelling', () => {
    const withContractions: Lexicon = { ...lexicon, filler: [...lexicon.filler, "won't"] };
    const understood = understandQuery('Should I hire if it won’t pay?', withContractions);
    expect(understood.suggestions).toEqual([]);
    expect(understood.terms.map((term) => term.typed)).not.toContain("won't");
  });
  it('drops question filler and keeps the words that matter', () => {
    expect(variantsOf('Can you actually afford the cost?')).toEqual(
      [['afford', 'cost', 'budget'], ['cost']].slice(1).length ? [['cost', 'budget'], ['cost']] : [],
    );
  });
  it('recognises a role by any of its names and searches its other names too, both ways', () => {
    expect(variantsOf('OBM')).toEqual([['obm', 'online business manager']]);
    expect(variantsOf('online business manager')).toEqual([['online business manager', 'obm']]);
    expect(variantsOf('should I hire an OBM or a part-time COO')).toEqual([
      ['hire', 'hiring'],
      ['obm', 'online business manager'],
      ['part-time coo', 'fcoo', 'fractional coo'],
    ]);
  });
  it('searches a word the site never uses only through its synonyms, never as a prefix guess', () => {
    const understood = understandQuery('can I afford an OBM', lexicon);
    expect(understood.terms[0]).toEqual({ typed: 'afford', variants: ['cost', 'budget'], kind: 'synonym' });
    expect(understood.unknown).toEqual([]);
  });
  it('names a word nothing stands in for', () => {
    expect(understandQuery('obm zeppelin', lexicon).unknown).toEqual(['zeppelin']);
  });
  it('corrects a misspelling to the nearest site word, which may complete a role name', () => {
    const understood = understandQuery('onboardin a project manger', lexicon);
    expect(understood.suggestions).toEqual([
      { word: 'onboardin', suggestion: 'onboarding' },
      { word: 'manger', suggestion: 'manager' },
    ]);
    expect(understood.terms.map((term) => term.typed)).toEqual(['onboarding', 'project manager']);
    expect(correctedQuery('onboardin a project manger', understood)).toBe('onboarding a project manager');
  });
  it('accepts the last word as a prefix, since the reader may still be typing it', () => {
    expect(understandQuery('obm onboar', lexicon).suggestions).toEqual([]);
    expect(isKnownWord('onboar', lexicon.vocabulary, true)).toBe(true);
    expect(isKnownWord('onboar', lexicon.vocabulary, false)).toBe(false);
    expect(isKnownWord('retainer', lexicon.vocabulary)).toBe(true);
  });
});

describe('spelling distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('mangaer', 'manager', 2)).toBe(1);
    expect(editDistance('cost', 'budget', 2)).toBe(3);
  });
  it('suggests only close words, and nothing for short ones', () => {
    expect(nearestWord('budjet', lexicon.vocabulary)).toBe('budget');
    expect(nearestWord('obn', lexicon.vocabulary)).toBeUndefined();
    expect(nearestWord('zeppelin', lexicon.vocabulary)).toBeUndefined();
  });
});

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
  it('compares words by their stem, so an inflection is the same word', () => {
    expect(stem('hourly')).toBe(stem('hours'));
    expect(stem('experienced')).toBe(stem('experience'));
    expect(stem('becoming')).toBe(stem('become'));
    expect(stem('rates')).toBe(stem('rate'));
    expect(stem('pm')).toBe('pm');
    const listed: Lexicon = {
      ...lexicon,
      questions: [
        ['zqn', 'Should I hire a new OBM or an experienced one?'],
        ['zqs', 'How do OBMs set their rates?'],
      ],
    };
    expect(similarQuestions('an OBM with experience', listed)[0]?.marker).toBe('zqn');
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
