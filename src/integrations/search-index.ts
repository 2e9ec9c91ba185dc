import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchIndexKey, type IndexedPage } from '../lib/search/index-key.ts';
import { filesUnder } from './cache-files.ts';
import { packageVersion } from './package-version.ts';
import { searchIndexCache } from './search-index-cache.ts';
import { sitePath, type StepContext } from './step-context.ts';

const indexOptions = { forceLanguage: 'en' };

/** Fails the build with Pagefind's own words: its API reports errors instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/** Indexes the pages of dist/ into `output` in Pagefind's own process. */
async function writeIndex(dist: string, output: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex(indexOptions);
    check('createIndex', errors);
    if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
    const added = await index.addDirectory({ path: dist });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('Search indexing found no pages with data-pagefind-body');
    const written = await index.writeFiles({ outputPath: output });
    check('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * The build step: indexes the built pages with Pagefind's Node API into dist/pagefind/, and returns
 * the files it wrote. Only elements inside `data-pagefind-body` are indexed. When every page is byte
 * for byte what an earlier build indexed (`digests`, from the one reading of the pages), that
 * build's index is placed from node_modules/.cache/search-index/ instead: the same pages and the
 * same Pagefind make the same index. With no index kept, Pagefind starts at once, while the pages
 * are still being read for their digests.
 */
export async function indexSearch(
  { root, dist, logger }: StepContext,
  digests: Promise<IndexedPage[]>,
): Promise<string[]> {
  const output = join(dist, 'pagefind');
  const started = performance.now();
  // writeFiles leaves old hashed chunks behind; a stale chunk would bloat every deploy.
  await rm(output, { recursive: true, force: true });
  const key = async () =>
    searchIndexKey(await digests, `pagefind@${packageVersion('pagefind')} ${JSON.stringify(indexOptions)}`);
  const cache = searchIndexCache(join(root, 'node_modules/.cache/search-index/'), (entry) =>
    logger.warn(`search index: the cached index in ${entry} is incomplete; indexing again`),
  );
  if (cache.holdsAny() && (await cache.restore(await key(), output))) {
    logger.info(`search index: ${(await digests).length} pages unchanged, index placed from the cache`);
  } else {
    const indexed = await writeIndex(dist, output);
    logger.info(`search index: ${indexed} pages indexed in ${Math.round(performance.now() - started)} ms`);
    // The index in dist/ is whole either way; a cache that cannot be written only costs the next build.
    await cache.store(await key(), output).catch((error: unknown) => {
      logger.warn(`search index: not cached (${error instanceof Error ? error.message : String(error)})`);
    });
  }
  return (await filesUnder(output)).map((file) => `pagefind/${sitePath(file)}`);
}
