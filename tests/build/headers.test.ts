import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageResources } from '../../src/lib/html/page-resources';
import { headersFor, parseHeadersFile, type HeadersHost } from '../../src/lib/publishing/headers-file';
import { builtPages, distDir, distFiles, fileFor, isEmbed } from '../support/dist';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const pages = builtPages();
const others = distFiles()
  .map((file) => file.slice(distDir.length).replaceAll('\\', '/'))
  .filter((path) => /\.(md|csv|json|txt|xml)$/.test(path) && !path.startsWith('/pagefind/'));

describe.each(['cloudflare', 'netlify'] satisfies HeadersHost[])('dist/_headers as %s applies it', (host) => {
  const headers = (path: string, name: string) =>
    headersFor(rules, path, host)
      .filter(([key]) => key.toLowerCase() === name.toLowerCase())
      .map(([, value]) => value);

  it('gives every page one policy, framable only for embeds', () => {
    const wrong = pages.flatMap((page) => {
      const policies = headers(page.path, 'Content-Security-Policy');
      const ancestors = policies.join(',').match(/frame-ancestors [^;,]+/g) ?? [];
      const expected = isEmbed(page) ? 'frame-ancestors *' : "frame-ancestors 'none'";
      return policies.length === 1 && ancestors.length === 1 && ancestors[0] === expected
        ? []
        : [`${page.path}: ${policies.join(' | ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it("sends each page's Markdown twin as a Link, the same as its <head> names, and no other page one", () => {
    const wrong = pages.flatMap((page) => {
      const head = page.document.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
      const sent = headers(page.path, 'Link')
        .flatMap((value) => value.split(/,\s*(?=<)/))
        .filter((value) => value.includes('type="text/markdown"'))
        .map((value) => new URL(value.slice(1, value.indexOf('>')), `https://site${page.path}`).pathname);
      return JSON.stringify(sent) === JSON.stringify(head ? [head] : []) ? [] : [`${page.path}: ${sent} vs ${head}`];
    });
    expect(wrong).toEqual([]);
  });

  it('marks Markdown, data and text files as what they are, pointing each Markdown file at its page', () => {
    for (const path of others) {
      const links = headers(path, 'Link');
      if (path.endsWith('.md')) {
        expect(headers(path, 'Content-Type'), path).toEqual(['text/markdown; charset=utf-8']);
        expect(links, path).toEqual(['<./>; rel="canonical"']);
        expect(fileFor(new URL('./', `https://site${path}`).pathname), path).toBeDefined();
      } else {
        expect(links, path).toEqual([]);
      }
    }
  });
});

describe('each page trimmed to the CSS it uses', () => {
  it('allows its own inline stylesheet by hash, in its meta policy and in the header policy', () => {
    const wrong = pages.flatMap((page) => {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page.html)?.[1] ?? '';
      const header = headersFor(rules, page.path, 'cloudflare')
        .filter(([key]) => key.toLowerCase() === 'content-security-policy')
        .map(([, value]) => value)
        .join(' ');
      return pageResources(page.html).inlineStyles.flatMap((css) => {
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        return meta.includes(hash) && header.includes(hash) ? [] : [`${page.path}: ${hash}`];
      });
    });
    expect(wrong).toEqual([]);
  });
});
