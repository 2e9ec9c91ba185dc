import { describe, expect, it } from 'vitest';
import {
  formatHeadersFile,
  headersFor,
  parseHeadersFile,
  type HeadersHost,
} from '../../src/lib/publishing/headers-file';
import { siteHeaderRules } from '../../src/lib/publishing/site-headers';

const file = `/*
  Content-Security-Policy: frame-ancestors 'none'
  X-Robots-Tag: nosnippet

/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *
`;
const rules = parseHeadersFile(file);
const get = (headers: [string, string][], name: string) =>
  headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

describe('reading _headers as Cloudflare Pages does', () => {
  it('drops the inherited header on a ! line, then sets the rule’s own', () => {
    expect(get(headersFor(rules, '/embed/x/', 'cloudflare'), 'Content-Security-Policy')).toEqual(['frame-ancestors *']);
  });

  it('joins a header set by two matching rules, which for a CSP means two enforced policies', () => {
    const withoutDetach = parseHeadersFile(file.replace('  ! Content-Security-Policy\n', ''));
    expect(get(headersFor(withoutDetach, '/embed/x/', 'cloudflare'), 'Content-Security-Policy')).toEqual([
      "frame-ancestors 'none', frame-ancestors *",
    ]);
  });

  it('matches paths whole: a trailing slash is part of the pattern, :name is one segment', () => {
    const pages = parseHeadersFile('/compare/:slug/\n  Link: <index.html.md>\n');
    expect(get(headersFor(pages, '/compare/a/', 'cloudflare'), 'Link')).toHaveLength(1);
    expect(get(headersFor(pages, '/compare/a.csv', 'cloudflare'), 'Link')).toHaveLength(0);
    expect(get(headersFor(pages, '/compare/a/b/', 'cloudflare'), 'Link')).toHaveLength(0);
  });
});

describe('reading _headers as Netlify does', () => {
  it('keeps the last matching rule’s value and ignores the ! line', () => {
    expect(get(headersFor(rules, '/embed/x/', 'netlify'), 'Content-Security-Policy')).toEqual(['frame-ancestors *']);
    expect(get(headersFor(rules, '/compare/', 'netlify'), 'Content-Security-Policy')).toEqual([
      "frame-ancestors 'none'",
    ]);
  });

  it('lets the trailing slash be left out, so /compare/:slug/ also matches /compare/a.csv', () => {
    const pages = parseHeadersFile('/compare/:slug/\n  Link: <index.html.md>\n');
    expect(get(headersFor(pages, '/compare/a.csv', 'netlify'), 'Link')).toHaveLength(1);
  });
});

describe('the site’s rules', () => {
  const site = siteHeaderRules({
    base: '/kb/',
    sitePolicy: "default-src 'self'; frame-ancestors 'none'",
    embedPolicy: "default-src 'self'; frame-ancestors *",
    comparisonIds: ['a-vs-b'],
  });
  const reread = parseHeadersFile(formatHeadersFile(site));

  it('survive being written and read back', () => {
    expect(reread.map((rule) => rule.path)).toEqual(site.map((rule) => rule.path));
  });

  describe.each(['cloudflare', 'netlify'] satisfies HeadersHost[])('on %s', (host) => {
    const csp = (path: string) => get(headersFor(reread, path, host), 'Content-Security-Policy');
    const link = (path: string) => get(headersFor(reread, path, host), 'Link');

    it('send one policy everywhere, framable only under /embed/', () => {
      expect(csp('/kb/compare/a-vs-b/')).toEqual(["default-src 'self'; frame-ancestors 'none'"]);
      expect(csp('/kb/embed/compare/a-vs-b/')).toEqual(["default-src 'self'; frame-ancestors *"]);
      expect(csp('/kb/embed/compare/a-vs-b/oembed.json')).toEqual(["default-src 'self'; frame-ancestors *"]);
    });

    it("link each page's Markdown twin, and nothing else", () => {
      for (const page of [
        '/kb/',
        '/kb/articles/x/',
        '/kb/compare/a-vs-b/',
        '/kb/compare/a-vs-b/scope/',
        '/kb/faq/y/',
      ]) {
        expect(link(page), page).toEqual(['<index.html.md>; rel="alternate"; type="text/markdown"']);
      }
      for (const file of [
        '/kb/compare/a-vs-b.csv',
        '/kb/compare/a-vs-b.json',
        '/kb/llms.txt',
        '/kb/embed/compare/a-vs-b/',
      ]) {
        expect(link(file), file).toEqual([]);
      }
      expect(link('/kb/articles/x/index.html.md')).toEqual(['<./>; rel="canonical"']);
    });
  });
});
