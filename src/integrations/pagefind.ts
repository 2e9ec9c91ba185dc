import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { devIndexFile } from '../lib/build-checks/dev-index-path';
import { pageDigest, searchIndexKey, type IndexedPage } from '../lib/search/index-key';
import { mapLimited } from './map-limited';
import { packageVersion } from './package-version';
import { searchIndexCache } from './search-index-cache';

const indexOptions = { forceLanguage: 'en' };

/** Each HTML page of the build with a digest of its bytes, read a few at a time. */
async function indexedPages(site: string): Promise<IndexedPage[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site, join(entry.parentPath, entry.name)));
  return mapLimited(files, 16, async (path) => ({ path, digest: pageDigest(await readFile(join(site, path))) }));
}

/** Fails the build with Pagefind's own words: its API reports errors instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone yields a deployable
 * dist/ with its search index. Only elements inside `data-pagefind-body` are indexed. When every
 * page is byte for byte what an earlier build indexed (a rebuild with nothing changed), that
 * build's index is linked from node_modules/.cache/search-index/ instead: the same pages and the
 * same Pagefind make the same index, and indexing 5,000 articles takes some 14 s.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let cacheDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        cacheDir = fileURLToPath(new URL('node_modules/.cache/search-index/', config.root));
      },
      // `astro dev` has no built pages to index: serve the last build's index, so search still
      // works while writing (the UI says the results may be out of date).
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(outDir, 'pagefind'))) {
          logger.warn('no search index yet: run `npm run build` once to search in `npm run dev`');
        }
        server.middlewares.use((request, response, next) => {
          const file = devIndexFile(request.url ?? '/', base);
          const path = file && join(outDir, file);
          if (!path || !existsSync(path) || !statSync(path).isFile()) return next();
          if (path.endsWith('.js')) response.setHeader('Content-Type', 'text/javascript');
          createReadStream(path).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const started = performance.now();
        // writeFiles leaves old hashed chunks behind; a stale chunk would bloat every deploy.
        await rm(output, { recursive: true, force: true });
        const pages = await indexedPages(site);
        const key = searchIndexKey(pages, `pagefind@${packageVersion('pagefind')} ${JSON.stringify(indexOptions)}`);
        const cache = searchIndexCache(cacheDir, (entry) =>
          logger.warn(`search index: the cached index in ${entry} is incomplete; indexing again`),
        );
        if (await cache.restore(key, output)) {
          logger.info(`${pages.length} pages unchanged: search index linked from the cache`);
          return;
        }
        try {
          const { index, errors } = await pagefind.createIndex(indexOptions);
          check('createIndex', errors);
          if (!index) throw new Error('Search indexing failed: Pagefind returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('Search indexing found no pages with data-pagefind-body');
          const written = await index.writeFiles({ outputPath: output });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
        // The index in dist/ is whole either way; a cache that cannot be written only costs the next build.
        await cache.store(key, output).catch((error: unknown) => {
          logger.warn(`search index: not cached (${error instanceof Error ? error.message : String(error)})`);
        });
      },
    },
  };
}
