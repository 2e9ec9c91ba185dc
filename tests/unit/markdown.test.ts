import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { comparisonTable } from '../../src/lib/markdown/comparison-table';
import { absoluteLink, markdownPath } from '../../src/lib/markdown/links';
import { llmsFullTxt, llmsTxt } from '../../src/lib/markdown/llms-txt';
import { contentBodyToMarkdown, type BodyContext } from '../../src/lib/markdown/content-body';
import { pageDocument } from '../../src/lib/markdown/page-document';
import { stringifyMarkdown } from '../../src/lib/markdown/stringify';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

const row = (id: string) => ({
  id,
  dimension: id.toUpperCase(),
  key: false,
  values: { pm: `${id} pm`, obm: `${id} obm` },
  context: 'c',
  sources: [],
  aliases: [],
});
const subjects = [
  { id: 'pm', name: 'Project Manager', abbreviation: 'PM' },
  { id: 'obm', name: 'Online Business Manager', abbreviation: 'OBM' },
];
const context: BodyContext = {
  file: 'test.mdx',
  link: (href) => absoluteLink(href, 'https://example.org/kb/articles/x/', 'https://example.org', '/kb/'),
  comparisonTable: async (_id, rows) => comparisonTable((rows ?? ['a', 'b']).map(row), subjects),
};

describe('Markdown of a content body', () => {
  it('makes site paths and anchors absolute, under the base', async () => {
    const markdown = stringifyMarkdown(
      await contentBodyToMarkdown('See [the FAQ](/faq/y/#why), [below](#more) and [out](https://a.example/).', context),
    );
    expect(markdown.trim()).toBe(
      'See [the FAQ](https://example.org/kb/faq/y/#why), [below](https://example.org/kb/articles/x/#more) and [out](https://a.example/).',
    );
  });

  it('turns <ComparisonTable> into the GFM table of the rows it names', async () => {
    const markdown = stringifyMarkdown(
      await contentBodyToMarkdown('Before.\n\n<ComparisonTable comparison="x" rows={["b"]} />\n\nAfter.', context),
    );
    const table = parse(markdown).children[1];
    expect(table?.type).toBe('table');
    expect(markdown).toContain('| Dimension | Project Manager (PM) | Online Business Manager (OBM) |');
    expect(markdown).toContain('| B | b pm | b obm |');
    expect(markdown).not.toContain('ComparisonTable');
  });

  it('takes the rows only as a literal list of ids, naming the file otherwise', async () => {
    const table = (rows: string) => contentBodyToMarkdown(`<ComparisonTable comparison="x" rows={${rows}} />`, context);
    await expect(table('[\'b\', "a"]')).resolves.toHaveLength(1);
    await expect(table('"b"')).rejects.toThrow(/test\.mdx: <ComparisonTable>: expected a list of row ids/);
    await expect(table('["b"].concat(more)')).rejects.toThrow(/expected a list of row ids/);
    await expect(table('["b"] ["a"]')).rejects.toThrow(/expected a list of row ids/);
    await expect(table('["b", 2]')).rejects.toThrow(/test\.mdx: <ComparisonTable>: row ids must be strings/);
  });

  it('strips imports and expressions, keeping the prose around them', async () => {
    const markdown = stringifyMarkdown(
      await contentBodyToMarkdown("import X from './x.astro';\n\nBefore {1 + 1} after.\n\n{'block'}\n\nEnd.", context),
    );
    expect(markdown.trim()).toBe('Before  after.\n\nEnd.');
  });

  it('refuses a component it cannot write as Markdown, naming the file', async () => {
    await expect(contentBodyToMarkdown('<Chart data={1} />', context)).rejects.toThrow(/test\.mdx: <Chart>/);
  });

  it('reads a .md body as Markdown: braces are prose, and its links still become absolute', async () => {
    const markdown = stringifyMarkdown(
      await contentBodyToMarkdown('Budget {per month} for [the FAQ](/faq/y/).', { ...context, file: 'test.md' }),
    );
    expect(markdown.trim()).toBe('Budget {per month} for [the FAQ](https://example.org/kb/faq/y/).');
  });

  it('keeps a .md body as its author wrote it, every form of site link made absolute in place', async () => {
    const body = [
      '*Owners* ask [who](/faq/y/ "The FAQ"), [where](<#more>) and [why][why].',
      '',
      '* [out](https://a.example/) stays',
      '',
      '[why]: /articles/z/#why',
    ].join('\n');
    const markdown = stringifyMarkdown(await contentBodyToMarkdown(body, { ...context, file: 'test.md' }));
    expect(markdown.trim()).toBe(
      [
        '*Owners* ask [who](https://example.org/kb/faq/y/ "The FAQ"), [where](<https://example.org/kb/articles/x/#more>) and [why][why].',
        '',
        '* [out](https://a.example/) stays',
        '',
        '[why]: https://example.org/kb/articles/z/#why',
      ].join('\n'),
    );
  });

  it('writes a .md body out from its tree when a link is not written as it reads', async () => {
    const markdown = stringifyMarkdown(
      await contentBodyToMarkdown('*Escaped*: [x](/faq/a\\_b/).', { ...context, file: 'test.md' }),
    );
    expect(markdown.trim()).toBe('_Escaped_: [x](https://example.org/kb/faq/a_b/).');
  });
});

describe('a page document', () => {
  it('starts with the title as its only H1, then the description, and lists its sources as links', () => {
    const markdown = pageDocument({
      title: 'A title',
      description: 'What it says.',
      url: 'https://example.org/a/',
      body: [],
      sources: [
        {
          title: 'Src',
          publisher: 'pub.example',
          url: 'https://pub.example/s',
          kind: 'reference',
          read: new Date('2026-01-02'),
        },
      ],
    });
    const tree = parse(markdown);
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1, children: [{ value: 'A title' }] });
    expect(tree.children[1]).toMatchObject({ type: 'paragraph', children: [{ value: 'What it says.' }] });
    expect(markdown).toContain('- [Src](https://pub.example/s): pub.example (reference work, read 2026-01-02)');
  });

  it('lives at the page URL plus index.html.md', () => {
    expect(markdownPath('/articles/x/')).toBe('/articles/x/index.html.md');
    expect(markdownPath('/')).toBe('/index.html.md');
  });
});

describe('llms.txt', () => {
  it('is an H1, a blockquote, details, then H2 lists of links with descriptions, Optional last', () => {
    const text = llmsTxt({
      name: 'Site',
      summary: 'What the site is.',
      details: [['More.']],
      sections: [{ title: 'Docs', links: [{ name: 'A', url: 'https://e.org/a', description: 'About A' }] }],
      optional: [{ name: 'B', url: 'https://e.org/b', description: 'About B' }],
    });
    expect(text).toBe(
      '# Site\n\n> What the site is.\n\nMore.\n\n## Docs\n\n- [A](https://e.org/a): About A\n\n## Optional\n\n- [B](https://e.org/b): About B\n',
    );
  });
});

describe('llms-full.txt', () => {
  const documents = ['a', 'b', 'c'].map((id) => ({
    url: `https://e.x/${id}/`,
    markdown: `# ${id}\n\n${'word '.repeat(200)}`,
  }));

  it('holds every document, each under its URL, when they fit', () => {
    const full = llmsFullTxt('Site', 'What it is.', documents, 'https://e.x/llms.txt');
    expect(full.startsWith('# Site\n\n> What it is.\n')).toBe(true);
    for (const { url } of documents) expect(full).toContain(`<!-- ${url} -->\n\n# `);
    expect(full).not.toContain('not in this file');
  });

  it('stops before the document that would take it past its budget, and says what is left out', () => {
    const budget = 2_800;
    const full = llmsFullTxt('Site', 'What it is.', documents, 'https://e.x/llms.txt', budget);
    expect(Buffer.byteLength(full)).toBeLessThanOrEqual(budget);
    expect(full).toContain('<!-- https://e.x/b/ -->');
    expect(full).not.toContain('<!-- https://e.x/c/ -->');
    expect(full.trim().split('\n').at(-1)).toBe(
      '1 more page is not in this file, which is kept small enough for static hosts: https://e.x/llms.txt lists every page, each with its Markdown.',
    );
  });
});
