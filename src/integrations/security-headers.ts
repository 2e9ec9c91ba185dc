import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, type Policy, parsePolicy, withoutUnusedHashes } from '../lib/build-checks/csp';
import { formatHeadersFile } from '../lib/publishing/headers-file';
import { pageResources } from '../lib/build-checks/page-resources';
import { siteHeaderRules } from '../lib/publishing/site-headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const metaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/;

/** The page with its CSP meta trimmed to the hashes of its own inline code, and that policy. */
function trimPolicy(html: string): { html: string; policy?: Policy } {
  const meta = metaPattern.exec(html);
  if (!meta?.[2]) return { html };
  const resources = pageResources(html);
  const policy = withoutUnusedHashes(parsePolicy(meta[2]), {
    scripts: resources.scripts.flatMap((script) => (script.code === undefined ? [] : [script.code])),
    styles: resources.inlineStyles,
  });
  return { html: html.replace(metaPattern, (_, start: string) => `${start}${formatPolicy(policy)}"`), policy };
}

/** Canonical comparisons are the ones published as data (`compare/<id>.json`); reversed addresses only redirect. */
async function comparisonIds(root: string): Promise<string[]> {
  const names = await readdir(join(root, 'compare'));
  return names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
}

/**
 * Trims each page's CSP meta to the hashes its own inline code needs, then writes dist/_headers:
 * the CSP (the union of the page policies, plus frame-ancestors, which a meta tag cannot set) with
 * a separate one for the embed pages, security headers, Markdown links and caching.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = { site: [] as Policy[], embed: [] as Policy[] };
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const trimmed = trimPolicy(html);
          if (!trimmed.policy) continue;
          const embed = relative(root, file).replaceAll('\\', '/').startsWith('embed/');
          policies[embed ? 'embed' : 'site'].push(trimmed.policy);
          if (trimmed.html !== html) await writeFile(file, trimmed.html);
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
