import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';

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
          const { code } = await transform(source, {
            minify: true,
            format: 'esm',
            target: 'es2022',
            sourcefile: `public/scripts/${name}`,
          }).catch((error: Error) => {
            throw new Error(`public/scripts/${name} could not be minified: ${error.message}`);
          });
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
