import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, pagePath, readLinkedPage, sourceOf } from '../lib/build-checks/link-check';

/**
 * Fails the build when any page links to a page, file or anchor that does not exist, naming the
 * content file to fix. Runs after the other build steps, so their files count as link targets.
 */
export function linkCheck(base: string): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
        const pages = await Promise.all(
          files
            .filter((file) => file.endsWith('.html'))
            .map(async (file) => readLinkedPage(pagePath(file), await readFile(join(root, file), 'utf8'))),
        );
        const broken = findBrokenLinks(pages, new Set(files.map((file) => `/${file.replaceAll('\\', '/')}`)), base);
        if (broken.length > 0) {
          const lines = broken.map((link) => {
            const source = sourceOf(link.page);
            return `${source ?? link.page}${source ? ` (page ${link.page})` : ''}: ${link.reason} ${link.href}`;
          });
          throw new Error(`Broken internal links:\n  ${lines.join('\n  ')}`);
        }
        logger.info(`${pages.length} pages, no broken internal links`);
      },
    },
  };
}
