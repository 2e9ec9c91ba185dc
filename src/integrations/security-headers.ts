import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, type Policy } from '../lib/build-checks/csp';
import { formatHeadersFile } from '../lib/publishing/headers-file';
import { pagePolicy } from '../lib/publishing/page-policy';
import { siteHeaderRules } from '../lib/publishing/site-headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Canonical comparisons are the ones published as data (`compare/<id>.json`); reversed addresses only redirect. */
async function comparisonIds(root: string): Promise<string[]> {
  const names = await readdir(join(root, 'compare'));
  return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
}

/**
 * Writes dist/_headers: the CSP (the union of the pages' own policies, each trimmed to its page's
 * inline code by src/middleware.ts, plus frame-ancestors, which a meta tag cannot set) with a
 * separate one for the embed pages, security headers, Markdown links and caching.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = { site: [] as Policy[], embed: [] as Policy[] };
        // Only read: synchronous calls, as no other work waits on them.
        for (const file of await htmlFiles(root)) {
          const policy = pagePolicy(readFileSync(file, 'utf8'));
          if (!policy) continue;
          const embed = relative(root, file).replaceAll('\\', '/').startsWith('embed/');
          policies[embed ? 'embed' : 'site'].push(policy);
        }
        const framedBy = (policy: Policy, ancestors: string) => {
          policy.set('frame-ancestors', new Set([ancestors]));
          return formatPolicy(policy);
        };
        const rules = siteHeaderRules({
          base,
          sitePolicy: framedBy(mergePolicies(policies.site), "'none'"),
          embedPolicy: framedBy(mergePolicies(policies.embed), '*'),
          comparisonIds: await comparisonIds(root),
        });
        await writeFile(join(root, '_headers'), formatHeadersFile(rules));
        logger.info(
          `wrote _headers (CSP merged from ${policies.site.length} pages, ${policies.embed.length} embed pages)`,
        );
      },
    },
  };
}
