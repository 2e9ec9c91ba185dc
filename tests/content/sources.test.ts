import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/lib/schemas/source';
import { countWords, proseOf, sharedWordRuns } from '../../src/lib/content/text-stats';
import { loadCollection } from './load-content';

const root = join(import.meta.dirname, '../..');
const articles = loadCollection('articles');
const faqs = loadCollection('faqs');
const comparisons = loadCollection('comparisons');
const pages = [...articles, ...faqs, ...comparisons];

interface SourceFile {
  id: string;
  author?: string;
  publisher: string;
  url: string;
  kind: string;
}
const sources: SourceFile[] = readdirSync(join(root, 'src/content/sources')).map((name) => ({
  id: name.replace(/\.json$/, ''),
  ...(JSON.parse(readFileSync(join(root, 'src/content/sources', name), 'utf8')) as Omit<SourceFile, 'id'>),
}));
const sourceById = new Map(sources.map((source) => [source.id, source]));
const coreSource = sourceById.get('indigo-colton-pm-vs-obm')!;
const seed = readFileSync(join(root, '../shared/seed/000_39d486943a582c26.txt'), 'utf8');

/** Phrases that ask the reader to trust a source without naming it. */
const unnamedSource =
  /\b(this site's (source|view)|the source (this site|behind)|our source|(as )?this site describes|sources say|experts say|the view this site)/i;

/** A money amount, a percentage or a number of hours: the figures a reader may doubt. */
const figure = /[$£€]\s?\d|\d\s?(%|per ?cent)|\b\d[\d,.]*(\s?(-|–|to)\s?\d[\d,.]*)?\s+hours?\b/i;

const blocksOf = (body: string) => proseBlocks(body.replace(/^---\n[\s\S]*?\n---\n/, ''));
function proseBlocks(body: string): string[] {
  return body.split(/\n\s*\n/).filter((block) => block.trim() !== '' && !block.trim().startsWith('import '));
}

/** A block names a source when it links out, or names the author or publisher of a cited source. */
function namesSource(block: string, cited: SourceFile[]): boolean {
  if (/\]\(https?:\/\//.test(block)) return true;
  return cited.some(
    (source) =>
      block.includes(source.publisher) ||
      (source.author !== undefined && block.includes(source.author.split(' ').at(-1)!)),
  );
}

describe('who says what', () => {
  it.each(pages.map((page) => [page.file, page] as const))(
    '%s names its sources instead of "this site\'s source"',
    (_, page) => {
      expect(page.body.match(unnamedSource)?.[0]).toBeUndefined();
      expect(JSON.stringify(page.data).match(unnamedSource)?.[0]).toBeUndefined();
    },
  );
  it('the guide and the roles name their sources too', () => {
    for (const file of ['src/content/guide.json', 'src/content/roles.json']) {
      expect(readFileSync(join(root, file), 'utf8').match(unnamedSource)?.[0], file).toBeUndefined();
    }
  });
  it.each(pages.map((page) => [page.file, page] as const))('%s names a source beside every figure', (_, page) => {
    const rows = (page.data.rows as { sources: string[] }[] | undefined) ?? [];
    const cited = [...((page.data.sources as string[] | undefined) ?? []), ...rows.flatMap((row) => row.sources)]
      .map((id) => sourceById.get(id))
      .filter((s) => s !== undefined);
    const unsourced = blocksOf(page.body).filter((block) => figure.test(proseOf(block)) && !namesSource(block, cited));
    expect(unsourced).toEqual([]);
  });
  it('every comparison row with a figure cites a source for it', () => {
    for (const comparison of comparisons) {
      for (const row of comparison.data.rows as {
        id: string;
        values: Record<string, string>;
        context: string;
        sources?: string[];
      }[]) {
        const text = [...Object.values(row.values), row.context].join(' ');
        if (figure.test(text)) expect(row.sources?.length ?? 0, `${comparison.file} row ${row.id}`).toBeGreaterThan(0);
      }
    }
  });
  it('links the source article from the main comparison and the core articles', () => {
    const core = [
      'comparisons/project-manager-vs-online-business-manager',
      'articles/pm-vs-obm-differences-explained',
      'articles/what-a-project-manager-does',
      'articles/what-an-online-business-manager-does',
      'articles/which-one-do-you-need',
    ];
    for (const id of core) {
      const page = pages.find((p) => p.file.replace(/\.mdx?$/, '') === `src/content/${id}`);
      expect(page?.body, id).toContain(`](${coreSource.url})`);
    }
  });
});

describe('the words stay ours', () => {
  // The site's central question is the source article's title too, and link texts name our own pages.
  const allowed = [
    "what's the difference between a project manager and an online business manager",
    ...articles.map((article) => article.data.title as string),
  ].map((title) => title.toLowerCase().replace(/[’']/g, ''));
  it.each(pages.map((page) => [page.file, page] as const))(
    '%s shares no eight-word run with the source article',
    (_, page) => {
      const runs = sharedWordRuns(
        proseOf(page.body),
        seed.replace(/what[’']s the difference between a project manager and an online business manager/gi, ''),
        8,
      );
      expect(runs.filter((run) => !allowed.some((title) => title.includes(run)))).toEqual([]);
    },
  );
});

describe('sources', () => {
  it.each(sources.map((source) => [source.id, source] as const))(
    '%s matches the source schema',
    (_, { id, ...source }) => {
      const result = sourceSchema.safeParse(source);
      expect(
        result.error?.issues.map(
          (issue) => `src/content/sources/${id}.json ${issue.path.join('.')}: ${issue.message}`,
        ) ?? [],
      ).toEqual([]);
    },
  );
  it('every source is cited by at least one page, role or comparison row', () => {
    const roles = readFileSync(join(root, 'src/content/roles.json'), 'utf8');
    const cited = new Set([
      ...pages.flatMap((page) => (page.data.sources as string[] | undefined) ?? []),
      ...comparisons.flatMap((c) => (c.data.rows as { sources: string[] }[]).flatMap((row) => row.sources)),
      ...[...roles.matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1] as string),
    ]);
    expect(sources.filter((source) => !cited.has(source.id)).map((s) => s.id)).toEqual([]);
  });
  it('no two source files describe the same page', () => {
    const urls = sources.map((source) => source.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''));
    expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
  });
});

describe('coverage of the questions people ask', () => {
  it('has at least 26 articles of 25,000 words, 75 FAQs, 8 comparisons and 15 sources', () => {
    expect(articles.length).toBeGreaterThanOrEqual(26);
    expect(articles.reduce((sum, article) => sum + countWords(proseOf(article.body)), 0)).toBeGreaterThanOrEqual(
      25_000,
    );
    expect(faqs.length).toBeGreaterThanOrEqual(75);
    expect(comparisons.length).toBeGreaterThanOrEqual(8);
    expect(sources.length).toBeGreaterThanOrEqual(15);
  });
});
