import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, type Policy, parsePolicy, withoutUnusedHashes } from '../lib/csp';
import { pageResources } from '../lib/page-resources';

/** Headers for every response, on hosts that read `_headers` (Netlify, Cloudflare Pages). */
const commonHeaders = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy: same-origin',
];

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

/**
 * Trims each page's CSP meta to the hashes its own inline code needs, then writes dist/_headers:
 * the pages' CSP (the union of the page policies, plus frame-ancestors, which a meta tag cannot
 * set), security headers, and long caching for the content-hashed files under _astro/.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: Policy[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const trimmed = trimPolicy(html);
          if (!trimmed.policy) continue;
          policies.push(trimmed.policy);
          if (trimmed.html !== html) await writeFile(file, trimmed.html);
        }
        const policy = mergePolicies(policies);
        policy.set('frame-ancestors', new Set(["'none'"]));
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const lines = [
          `${prefix}*`,
          ...commonHeaders.map((header) => `  ${header}`),
          `  Content-Security-Policy: ${formatPolicy(policy)}`,
          '',
          `${prefix}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
          `${prefix}pagefind/*`,
          '  Cache-Control: public, max-age=3600',
          '',
        ];
        await writeFile(join(root, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers (CSP merged from ${policies.length} pages)`);
      },
    },
  };
}
