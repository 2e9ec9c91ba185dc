import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readLinkedPage } from '../../src/lib/build-checks/link-check';
import { builtPages, distDir, isRedirect } from '../support/dist';
import { headings, parseMarkdown, unresolved } from '../support/markdown';

const text = (file: string) => readFileSync(join(distDir, file), 'utf8');
const tree = parseMarkdown(text('llms.txt'));
const idsOf = new Map(builtPages().map((page) => [page.path, readLinkedPage(page.path, page.html).ids]));
const canonical = builtPages()
  .find((page) => page.path === '/')!
  .document.querySelector('link[rel="canonical"]')!
  .getAttribute('href')!;
const titled = (pattern: RegExp) =>
  builtPages()
    .filter((page) => pattern.test(page.path) && !isRedirect(page))
    .map((page) => page.document.querySelector('h1')!.textContent!.replace(/\s+/g, ' ').trim());

/** The H2 sections of llms.txt, each a list of `[name](url): description` entries. */
function sections() {
  const found = new Map<string, { name: string; url: string; description: string }[]>();
  let current: string | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      current = toString(node);
      found.set(current, []);
    } else if (current && node.type === 'list') {
      for (const item of (node as List).children as ListItem[]) {
        const paragraph = item.children[0];
        if (paragraph?.type !== 'paragraph')
          throw new Error(`${current}: an entry that is not a line: ${toString(item)}`);
        const [link, ...rest] = paragraph.children;
        if (link?.type !== 'link') throw new Error(`${current}: an entry that is not a link: ${toString(item)}`);
        found.get(current)!.push({
          name: toString(link),
          url: link.url,
          description: rest
            .map((node) => toString(node))
            .join('')
            .replace(/^:\s*/, ''),
        });
      }
    }
  }
  return found;
}

describe('llms.txt', () => {
  it('opens with the site name as H1 and a blockquote summary', () => {
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(tree.children[0]!)).toBe('PM or OBM?');
    expect(tree.children[1]?.type).toBe('blockquote');
    expect(headings(tree, 1)).toHaveLength(1);
  });

  it('lists comparisons, articles, answers and the guide, with Optional last', () => {
    const found = sections();
    expect([...found.keys()]).toEqual([
      'Comparisons',
      'Articles',
      'Questions and answers',
      'Decision guide',
      'Optional',
    ]);
    expect(
      found
        .get('Comparisons')!
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(titled(/^\/compare\/[^/]+\/$/).sort());
    expect(
      found
        .get('Articles')!
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(titled(/^\/articles\/[a-z][^/]*\/$/).sort());
    expect(found.get('Questions and answers')!.length).toBe(titled(/^\/faq\/[^/]+\/$/).length);
    for (const [name, entries] of found) {
      for (const entry of entries) expect(entry.description.length, `${name}: ${entry.name}`).toBeGreaterThan(20);
    }
  });

  it('links to files that exist in the build', () => {
    const urls = [...sections().values()].flat().map((entry) => entry.url);
    expect(urls.every((url) => url.endsWith('/index.html.md'))).toBe(true);
    expect(urls.map((url) => unresolved(url, canonical, (path) => idsOf.get(path))).filter(Boolean)).toEqual([]);
  });
});

describe('llms-full.txt', () => {
  const full = parseMarkdown(text('llms-full.txt'));
  const h1s = new Set(headings(full, 1));

  it.each([
    ['article', /^\/articles\/[a-z][^/]*\/$/],
    ['FAQ', /^\/faq\/[^/]+\/$/],
    ['comparison', /^\/compare\/[^/]+\/$/],
  ] as const)('holds every %s, each under its own H1', (_kind, pattern) => {
    const missing = titled(pattern).filter((title) => !h1s.has(title));
    expect(missing).toEqual([]);
  });
});
