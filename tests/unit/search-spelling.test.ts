import { describe, expect, it } from 'vitest';
import { editDistance, isKnownWord, nearestWord } from '../../src/lib/search/spelling';
import { lexicon } from './fixtures/sample-lexicon';

describe('a site word', () => {
  it('is known by its start while it is the word still being typed', () => {
    expect(isKnownWord('onboar', lexicon.vocabulary, true)).toBe(true);
    expect(isKnownWord('onboar', lexicon.vocabulary, false)).toBe(false);
    expect(isKnownWord('retainer', lexicon.vocabulary)).toBe(true);
  });
  it('is known by its Porter2 stem, as Pagefind matches it', () => {
    expect(isKnownWord('hiring', ['hire', 'hires'])).toBe(true);
    expect(isKnownWord('hired', ['hire'])).toBe(true);
    expect(isKnownWord('hourly', ['hours'])).toBe(true);
    expect(isKnownWord('managers', ['management'])).toBe(true);
    // An irregular stem: "dying" is "die".
    expect(isKnownWord('dying', ['die'])).toBe(true);
    // Porter2 stems "experience" to "experi" and "experienced" to "experienc": not one word, unless
    // the reader may still be typing it.
    expect(isKnownWord('experience', ['experienced'])).toBe(false);
    expect(isKnownWord('experience', ['experienced'], true)).toBe(true);
    expect(isKnownWord('hire', ['hirer'])).toBe(false);
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
