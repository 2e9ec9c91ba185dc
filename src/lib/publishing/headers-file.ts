/**
 * The `_headers` file of Netlify and Cloudflare Pages: writing it, and reading it back the way each
 * host applies it, so tests can serve dist/ as either host would.
 *
 * Both hosts apply every rule whose path matches, but they combine them differently:
 * - Cloudflare Pages applies matching rules in file order, appends a header that an earlier rule
 *   already set (two CSPs become one header with both policies, and both are enforced), and drops
 *   a header set by earlier rules on a `! Name` line. The drop happens before the rule's own
 *   headers, so "`! Name`, then `Name: value`" replaces an inherited header. Paths match whole:
 *   `*` is any text, `:name` one segment, and `/a/` does not match `/a`.
 *   (developers.cloudflare.com/pages/configuration/headers/; workers-sdk
 *   packages/pages-shared/asset-server/handler.ts, `attachHeaders`.)
 * - Netlify gives a header the value of the last matching rule that sets it (its headers engine
 *   merges the matching rules with `Object.assign`), ignores lines without a colon (so `! Name` is
 *   a no-op there), matches case-insensitively and lets a path's trailing slash be left out.
 *   (netlify/build packages/headers-parser: line_parser.ts, for_regexp.ts; netlify/primitives
 *   packages/headers: headersForPath.ts.)
 */

export interface HeaderRule {
  /** URL path pattern, including the deploy base. */
  path: string;
  /** Headers set by this rule, in order. */
  set: [name: string, value: string][];
  /** Headers of earlier rules this rule detaches (Cloudflare's `! Name`). */
  detach?: string[];
  /** Written above the rule as a `#` comment. */
  comment?: string;
}

export type HeadersHost = 'cloudflare' | 'netlify';

export function formatHeadersFile(rules: HeaderRule[]): string {
  return rules
    .map((rule) =>
      [
        ...(rule.comment ? rule.comment.split('\n').map((line) => `# ${line}`) : []),
        rule.path,
        ...(rule.detach ?? []).map((name) => `  ! ${name}`),
        ...rule.set.map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const rule = rules.at(-1);
    if (!/^\s/.test(raw)) rules.push({ path: line, set: [], detach: [] });
    else if (line.startsWith('!')) rule?.detach?.push(line.slice(1).trim());
    else if (line.includes(':')) {
      const at = line.indexOf(':');
      rule?.set.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The path pattern as each host reads it. */
export function rulePattern(path: string, host: HeadersHost): RegExp {
  if (host === 'cloudflare') {
    const source = path
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
      .join('');
    return new RegExp(`^${source}$`);
  }
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      return part.split('*').map(escape).join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The headers a host sends for a request path, as `[name, value]` pairs. */
export function headersFor(rules: HeaderRule[], pathname: string, host: HeadersHost): [string, string][] {
  const matching = rules.filter((rule) => rulePattern(rule.path, host).test(pathname));
  if (host === 'netlify') {
    const merged: Record<string, string> = {};
    for (const rule of matching) {
      const values: Record<string, string> = {};
      for (const [name, value] of rule.set)
        values[name] = values[name] === undefined ? value : `${values[name]}, ${value}`;
      Object.assign(merged, values);
    }
    return Object.entries(merged);
  }
  const headers = new Map<string, [string, string]>();
  for (const rule of matching) {
    for (const name of rule.detach ?? []) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const existing = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value]);
    }
  }
  return [...headers.values()];
}
