import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cloudflarePagesFree, hostLimitProblems } from '../lib/build-checks/host-limits';

/** Warns when dist/ is more than the strictest host we document will take. Runs last, over every file. */
export function hostLimits(): AstroIntegration {
  return {
    name: 'host-limits',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = await Promise.all(
          entries
            .filter((entry) => entry.isFile())
            .map(async (entry) => {
              const file = join(entry.parentPath, entry.name);
              return { path: relative(root, file).replaceAll('\\', '/'), bytes: (await stat(file)).size };
            }),
        );
        for (const problem of hostLimitProblems(files, cloudflarePagesFree)) logger.warn(problem);
      },
    },
  };
}
