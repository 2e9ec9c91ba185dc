import { describe, expect, it } from 'vitest';
import {
  bucketFile,
  bucketsFor,
  lexiconForQuery,
  splitLexicon,
  type LexiconBucket,
  type LexiconSource,
} from '../../src/lib/search/lexicon-buckets';
import { bucketFilesOf } from '../../src/lib/search/bucket-files';
import type { Lexicon } from '../../src/lib/search/lexicon';
import { similarQuestions } from '../../src/lib/search/listed-questions';
import { isKnownWord } from '../../src/lib/search/spelling';

const full: Lexicon = {
  filler: ['a', 'an', 'can', 'does', 'do', 'how', 'i', 'is', 'much', 'the', 'to', 'what', 'with'],
  synonyms: { afford: ['cost'] },
  roles: [
    ['Online Business Manager', 'OBM'],
    ['Project Manager', 'PM'],
  ],
  vocabulary: ['agreement', 'benchmark', 'cost', 'costs', 'planning', 'retainer', 'review', 'weekly'],
  pages: 40,
  questions: [
    ['zqcost', 'How much does an OBM cost?'],
    ['zqretainer', 'What goes in a retainer agreement with an OBM for weekly planning reviews?'],
    ['zqbench', 'Benchmark article 7: planning with a PM or an OBM'],
  ],
};
const { core, buckets } = splitLexicon(full);
const served: LexiconSource & { asked: string[] } = {
  asked: [],
  async bucket(key) {
    served.asked.push(key);
    return buckets.get(key);
  },
  vocabulary: async () => {
    served.asked.push('vocabulary');
    return full.vocabulary;
  },
};
const markers = (query: string, lexicon: Lexicon) => similarQuestions(query, lexicon).map((match) => match.marker);

describe('the lexicon in parts', () => {
  it('keeps only short questions about a role in the core, never a long one or the vocabulary', () => {
    expect(core.vocabulary).toEqual([]);
    expect(core.questions?.map(([marker]) => marker)).toEqual(['zqcost']);
    expect(core.filler).toEqual(full.filler);
  });

  it('finds a listed question through the buckets of the words the reader shares with it', async () => {
    const query = 'retainer agreement for an OBM';
    const lexicon = await lexiconForQuery(query, core, served);
    expect(markers(query, lexicon)[0]).toBe('zqretainer');
    // A long question sharing only the role is left out: every page about a role would otherwise
    // be in the part each question about it fetches.
    expect(markers(query, full)).toContain('zqbench');
    expect(markers(query, lexicon)).not.toContain('zqbench');
  });

  it('finds a short question about a role from the core, even sharing no other word', async () => {
    const query = 'can I afford an OBM';
    expect(markers(query, await lexiconForQuery(query, core, served))[0]).toBe('zqcost');
  });

  it('fetches only the buckets of the reader’s words, and the whole vocabulary only for an unknown word', async () => {
    served.asked = [];
    await lexiconForQuery('weekly retainer', core, served);
    expect(served.asked.sort()).toEqual(['ret', 'wee']);
    served.asked = [];
    const lexicon = await lexiconForQuery('retainr', core, served);
    expect(served.asked).toContain('vocabulary');
    expect(lexicon.vocabulary).toEqual(full.vocabulary);
  });

  it('knows a typed word and its inflections as the whole vocabulary does', async () => {
    for (const word of ['cost', 'costs', 'review', 'reviews', 'plan']) {
      const lexicon = await lexiconForQuery(word, core, served);
      expect(isKnownWord(word, lexicon.vocabulary, true), word).toBe(isKnownWord(word, full.vocabulary, true));
    }
  });

  it('files a word whose stem is short or spelt apart under the word’s own letters too', async () => {
    const eos: Lexicon = {
      ...full,
      vocabulary: ['eos', 'implementer'],
      questions: [['zqeos', 'What does an EOS implementer do?']],
    };
    const parts = splitLexicon(eos);
    // Porter2 stems "eos" to "eo", too short for a bucket of its own.
    expect(bucketsFor('obm or eos', parts.core)).toEqual(['eos']);
    expect(parts.buckets.get('eos')?.questions.map(([marker]) => marker)).toEqual(['zqeos']);
    const source: LexiconSource = { bucket: async (key) => parts.buckets.get(key), vocabulary: async () => [] };
    const lexicon = await lexiconForQuery('eos implementer', parts.core, source);
    expect(isKnownWord('eos', lexicon.vocabulary)).toBe(true);
  });

  it('names each bucket by its letters in hex, so any letter makes a file name', () => {
    expect(bucketFile('cos')).toBe('636f73');
    expect(bucketFile('mé')).toMatch(/^[0-9a-f]+$/);
    expect(bucketsFor('How much does an OBM cost?', core)).toEqual(['cos']);
  });

  it('leaves every bucket without the questions whose words it does not hold', () => {
    const bucket = buckets.get('ben') as LexiconBucket;
    expect(bucket.questions.map(([marker]) => marker)).toEqual(['zqbench']);
    expect(buckets.get('cos')?.questions.map(([marker]) => marker)).toEqual(['zqcost']);
  });
});

describe('the buckets written as one file and split by the build', () => {
  const combined = JSON.stringify(Object.fromEntries([...buckets].map(([key, bucket]) => [bucketFile(key), bucket])));

  it('gives each bucket its own file, where the browser asks for it, with the same content', () => {
    const files = bucketFilesOf(combined, 'dist/search/words.json');
    expect(files.map((file) => file.path).sort()).toEqual(
      [...buckets.keys()].map((key) => `search/words/${bucketFile(key)}.json`).sort(),
    );
    for (const [key, bucket] of buckets) {
      const file = files.find((entry) => entry.path === `search/words/${bucketFile(key)}.json`);
      expect(JSON.parse(file?.json ?? 'null')).toEqual(bucket);
    }
  });

  it('names the file and what is wrong instead of writing a broken bucket', () => {
    const source = 'dist/search/words.json';
    expect(() => bucketFilesOf('{"636f73": {"words": [', source)).toThrow(/dist\/search\/words\.json: not JSON/);
    expect(() => bucketFilesOf('[]', source)).toThrow(/dist\/search\/words\.json: expected the lexicon buckets/);
    expect(() => bucketFilesOf('{"../x": {"words": [], "questions": []}}', source)).toThrow(
      /"\.\.\/x" is not a bucket's file name/,
    );
    expect(() => bucketFilesOf('{"636f73": {"words": ["cost"]}}', source)).toThrow(
      /bucket "636f73" needs a words list and a questions list/,
    );
  });
});
