import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon';
import { normaliseQuery } from '../../src/lib/search/normalise-query';
import { correctedQuery, understandQuery } from '../../src/lib/search/query';
import { lexicon } from './fixtures/sample-lexicon';

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
  });
});
