import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPolicy, mergePolicies, parsePolicy, type Policy } from '../lib/csp/policy.ts';
import { formatHeadersFile } from '../lib/publishing/headers-file.ts';
import { siteHeaderRules } from '../lib/publishing/site-headers.ts';
import type { BuiltPages } from './built-site.ts';
import type { StepContext } from './step-context.ts';

/** Canonical comparisons are the ones published as data (`compare/<id>.json`); reversed addresses only redirect. */
const comparisonIds = (files: string[]): string[] =>
  files.flatMap((file) => /^compare\/([^/]+)\.json$/.exec(file)?.[1] ?? []);

/**
 * The build step: writes dist/_headers, the CSP (the union of the pages' own policies, each trimmed
 * to its page's inline code by src/middleware.ts, plus frame-ancestors, which a meta tag cannot
 * set) with a separate one for the embed pages, security headers, Markdown links and caching.
 */
export async function writeSecurityHeaders(
  { dist, base, logger }: StepContext,
  policies: BuiltPages['policies'],
  files: string[],
): Promise<string[]> {
  const framedBy = (texts: string[], ancestors: string) => {
    const policy: Policy = mergePolicies(texts.map(parsePolicy));
    policy.set('frame-ancestors', new Set([ancestors]));
    return formatPolicy(policy);
  };
  const rules = siteHeaderRules({
    base,
    sitePolicy: framedBy(policies.site, "'none'"),
    embedPolicy: framedBy(policies.embed, '*'),
    comparisonIds: comparisonIds(files),
  });
  await writeFile(join(dist, '_headers'), formatHeadersFile(rules));
  logger.info(
    `headers: _headers written (CSP merged from ${policies.site.length} pages, ${policies.embed.length} embeds)`,
  );
  return ['_headers'];
}
