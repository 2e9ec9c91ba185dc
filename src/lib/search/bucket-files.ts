/*
 * The lexicon's buckets as the build writes them: all in one file, which a step over dist/ splits
 * into a file per bucket (src/integrations/word-buckets.ts). Apart from lexicon-buckets.ts so the
 * step, run by plain Node, loads no more than this.
 */
import type { LexiconBucket } from './lexicon-buckets';

/** Where the build writes every bucket as one file, for the step that splits it. */
export const allBucketsFile = 'search/words.json';

const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isBucket = (value: unknown): value is LexiconBucket =>
  typeof value === 'object' &&
  value !== null &&
  isWordList((value as LexiconBucket).words) &&
  Array.isArray((value as LexiconBucket).questions) &&
  (value as LexiconBucket).questions.every((question) => isWordList(question) && question.length > 0);

/**
 * The files of the buckets in `allBucketsFile`'s text: each bucket's path and its JSON. Throws,
 * naming `source`, when the text is not the buckets by file name the build writes.
 */
export function bucketFilesOf(text: string, source: string): { path: string; json: string }[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${source}: expected the lexicon buckets by file name, an object`);
  return Object.entries(parsed).map(([file, bucket]) => {
    if (!/^(?:[0-9a-f]{2})+$/.test(file))
      throw new Error(`${source}: "${file}" is not a bucket's file name (the hex of its letters)`);
    if (!isBucket(bucket)) throw new Error(`${source}: bucket "${file}" needs a words list and a questions list`);
    return { path: `search/words/${file}.json`, json: JSON.stringify(bucket) };
  });
}
