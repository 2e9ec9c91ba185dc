import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allBucketsFile, bucketFilesOf } from '../lib/search/bucket-files.ts';
import { mapLimited } from './map-limited.ts';
import type { StepContext } from './step-context.ts';

/**
 * The build step: writes each lexicon bucket of dist/search/words.json to its own file under
 * dist/search/words/ and removes the combined file. Astro renders the one file in a few
 * milliseconds where a route per bucket cost it seconds (docs/decisions/2026-12-build-at-scale-3.md).
 * Returns the files written.
 */
export async function splitWordBuckets({ dist }: StepContext): Promise<string[]> {
  const combined = join(dist, allBucketsFile);
  let text: string;
  try {
    text = await readFile(combined, 'utf8');
  } catch {
    throw new Error(`dist/${allBucketsFile} is missing: src/pages/search/words.json.ts should have written it`);
  }
  const files = bucketFilesOf(text, `dist/${allBucketsFile}`);
  await mkdir(join(dist, 'search/words'), { recursive: true });
  await mapLimited(files, 16, ({ path, json }) => writeFile(join(dist, path), json));
  await rm(combined);
  return files.map((file) => file.path);
}
