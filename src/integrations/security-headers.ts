import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatPolicy, mergePolicies, parsePolicy } from '../lib/csp';

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

/**
 * Writes dist/_headers: the pages' CSP (the union of the per-page meta policies Astro emits, plus
 * frame-ancestors, which a meta tag cannot set), security headers, and long caching for the
 * content-hashed files under _astro/.
 */
export function securityHeaders(base: string): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
          if (meta?.[1]) policies.push(parsePolicy(meta[1]));
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
