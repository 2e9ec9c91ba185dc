import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, sourceOf } from '../lib/build-checks/link-check';
import { sharedBuiltSite, type SharedBuiltSite } from './built-site';

/**
 * Fails the build when any page links to a page, file or anchor that does not exist, naming the
 * content file to fix. Runs after the other build steps, so their files count as link targets.
 */
export function linkCheck(base: string, builtSite: SharedBuiltSite = sharedBuiltSite(base)): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:start': () => builtSite.forget(),
      'astro:build:done': async ({ dir, logger }) => {
        const { files, linked: pages } = await builtSite.read(dir, logger);
        const broken = findBrokenLinks(pages, new Set(files.map((file) => `/${file.replaceAll('\\', '/')}`)), base);
        if (broken.length > 0) {
          const lines = broken.map((link) => {
            const source = sourceOf(link.page, existsSync);
            return `${source ?? link.page}${source ? ` (page ${link.page})` : ''}: ${link.reason} ${link.href}`;
          });
          throw new Error(`Broken internal links:\n  ${lines.join('\n  ')}`);
        }
        logger.info(`${pages.length} pages, no broken internal links`);
      },
    },
  };
}
