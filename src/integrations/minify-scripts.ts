import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minifiedScript } from '../lib/publishing/script-minify';

/**
 * The browser modules in public/scripts/ are written to be read, with JSDoc types and comments for
 * type checking, and Astro copies public/ as it is. Minified they cost half the bytes a reader
 * downloads (21 KB gzip -> 11 KB over all of them). Syntax errors stop the build, naming the file.
 */
export function minifyScripts(): AstroIntegration {
  return {
    name: 'minify-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const scriptsDir = join(fileURLToPath(dir), 'scripts');
        const names = (await readdir(scriptsDir).catch(() => [] as string[])).filter((name) => name.endsWith('.js'));
        let before = 0;
        let after = 0;
        for (const name of names) {
          const file = join(scriptsDir, name);
          const source = await readFile(file, 'utf8');
          const code = await minifiedScript(source, name);
          before += source.length;
          after += code.length;
          await writeFile(file, code);
        }
        logger.info(
          `${names.length} scripts minified: ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB`,
        );
      },
    },
  };
}
