/*
 * The site's one Astro integration beyond MDX and the sitemap: hands the page finisher the words of
 * the browser code, serves the last search index to the dev server, and runs the build steps over
 * dist/ (build-steps.ts) when Astro's build is not started by `npm run build`, which runs them after
 * this process has exited.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shippedScriptWords } from '../lib/page-css/script-words.ts';
import { devIndexFile } from '../lib/search/dev-index-path.ts';
import { runBuildSteps } from './build-steps.ts';
import { stepsAfterExit, type FinishedBuild } from './steps-after-exit.ts';

/** What src/middleware.ts imports: every word of the browser code, whose markup a page's CSS must keep. */
const scriptWordsModule = 'virtual:site-build/script-words';

export function siteBuild(): AstroIntegration {
  let root = '';
  let dist = '';
  let base = '/';
  return {
    name: 'site-build',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const clientDir = fileURLToPath(new URL('src/client/', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-build:script-words',
                resolveId: (id) => (id === scriptWordsModule ? `\0${scriptWordsModule}` : undefined),
                load: async (id) =>
                  id === `\0${scriptWordsModule}`
                    ? `export default ${JSON.stringify([...(await shippedScriptWords(clientDir))].sort())};`
                    : undefined,
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        dist = fileURLToPath(config.outDir);
        base = config.base;
      },
      // `astro dev` has no built pages to index: serve the last build's index, so search still
      // works while writing (the UI says the results may be out of date).
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(dist, 'pagefind'))) {
          logger.warn('no search index yet: run `npm run build` once to search in `npm run dev`');
        }
        server.middlewares.use((request, response, next) => {
          const file = devIndexFile(request.url ?? '/', base);
          const path = file && join(dist, file);
          if (!path || !existsSync(path) || !statSync(path).isFile()) return next();
          if (path.endsWith('.js')) response.setHeader('Content-Type', 'text/javascript');
          createReadStream(path).pipe(response);
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (process.env[stepsAfterExit] && process.send) {
          process.send({ root, dist, base } satisfies FinishedBuild);
          return;
        }
        await runBuildSteps({ root, dist, base, logger }, { writeLedger: process.env.LEDGER === 'write' });
      },
    },
  };
}
