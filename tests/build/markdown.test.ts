import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readLinkedPage } from '../../src/lib/build-checks/link-check';
import { builtPages, distDir, isEmbed, isRedirect } from '../support/dist';
import { headings, links, parseMarkdown, unresolved } from '../support/markdown';

const pages = builtPages().filter((page) => !isRedirect(page) && !isEmbed(page) && page.path !== '/404.html');
const idsOf = new Map(builtPages().map((page) => [page.path, readLinkedPage(page.path, page.html).ids]));
const home = pages.find((page) => page.path === '/')!;
const canonical = home.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const markdownOf = (path: string) => readFileSync(join(distDir, path, 'index.html.md'), 'utf8');
const sitemap = [...readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1] as string).pathname,
);

describe('Markdown twins', () => {
  it('exist for every page of the sitemap, each linked from its page head', () => {
    for (const path of sitemap) {
      expect(existsSync(join(distDir, path, 'index.html.md')), path).toBe(true);
      const page = pages.find((candidate) => candidate.path === path);
      const href = page?.document.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
      expect(href, path).toBe(`${path}index.html.md`);
    }
  });

  describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    const tree = parseMarkdown(markdownOf(path));

    it('has one H1, the page’s own title, and starts with it', () => {
      const h1 = page.document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(headings(tree, 1)).toEqual([h1]);
      expect(tree.children[0]?.type).toBe('heading');
    });

    it('links only with absolute URLs that resolve in the build', () => {
      const found = links(tree);
      expect(found.filter((url) => !/^https?:\/\//.test(url))).toEqual([]);
      expect(found.map((url) => unresolved(url, canonical, (p) => idsOf.get(p))).filter(Boolean)).toEqual([]);
    });
  });
});

describe('a comparison in Markdown', () => {
  const comparisons = pages.filter((page) => /^\/compare\/[^/]+\/$/.test(page.path));

  it.each(comparisons.map((page) => [page.path, page] as const))(
    '%s has the whole table: every row and every column',
    (path, page) => {
      const tree = parseMarkdown(markdownOf(path));
      const table = tree.children.find((node): node is Table => node.type === 'table');
      const cells = (row: Table['children'][number]) => row.children.map((cell) => toString(cell));
      const html = page.document.querySelector('table')!;
      const columns = [...html.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
      const rows = [...html.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th a:not([data-copy])')?.textContent?.trim() ??
          tr.querySelector('th')!.firstChild!.textContent!.trim(),
        // The cell's text without its visible-only role label.
        ...[...tr.querySelectorAll('td')].map((td) =>
          [...td.childNodes]
            .filter((node) => !(node as Element).classList?.contains('cell-label'))
            .map((node) => node.textContent)
            .join('')
            .trim(),
        ),
      ]);
      expect(cells(table!.children[0]!)).toEqual(columns);
      expect(table!.children.slice(1).map(cells)).toEqual(rows);
    },
  );

  it.each(comparisons.map((page) => [page.path] as const))('%s names its sources as links', (path) => {
    const markdown = markdownOf(path);
    expect(headings(parseMarkdown(markdown), 2)).toContain('Sources');
    expect(markdown).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)]+\): /m);
  });
});

describe('articles and answers in Markdown', () => {
  const content = pages.filter((page) => /^\/(articles|faq)\/[^/0-9][^/]*\/$/.test(page.path));

  it.each(content.map((page) => [page.path] as const))('%s has its description and its sources', (path) => {
    const tree = parseMarkdown(markdownOf(path));
    const page = pages.find((candidate) => candidate.path === path)!;
    const description = page.document.querySelector('meta[name="description"]')!.getAttribute('content');
    expect(toString(tree.children[1]!)).toBe(description);
    expect(headings(tree, 2)).toContain('Sources');
  });
});
