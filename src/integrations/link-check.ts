import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks, sourceOf, type LinkedPage } from '../lib/build-checks/link-check.ts';
import type { StepContext } from './step-context.ts';

/**
 * The build step: fails the build when any page links to a page, file or anchor that does not
 * exist, naming the content file to fix. `files` are every file of dist/, those of the other steps
 * included, since a page may link to any of them.
 */
export function checkLinks({ root, base, logger }: StepContext, pages: LinkedPage[], files: string[]): void {
  const broken = findBrokenLinks(pages, new Set(files.map((file) => `/${file}`)), base);
  if (broken.length > 0) {
    const lines = broken.map((link) => {
      const source = sourceOf(link.page, (file) => existsSync(join(root, file)));
      return `${source ?? link.page}${source ? ` (page ${link.page})` : ''}: ${link.reason} ${link.href}`;
    });
    throw new Error(`Broken internal links:\n  ${lines.join('\n  ')}`);
  }
  logger.info(`link check: ${pages.length} pages, no broken internal links`);
}
