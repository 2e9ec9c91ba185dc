import { createReadStream, existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { devIndexFile } from '../lib/build-checks/dev-index-path';

/** Fails the build with Pagefind's own words: its API reports errors instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Search indexing failed at ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone yields a deployable
 * dist/ with its search index. Only elements inside `data-pagefind-body` are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
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
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
      },
    },
  };
}
