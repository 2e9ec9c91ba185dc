import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/schemas/article';
import { comparisonSchema } from '../../src/lib/schemas/comparison';
import { faqSchema } from '../../src/lib/schemas/faq';
import { roleSchema } from '../../src/lib/schemas/role';
import { sourceSchema } from '../../src/lib/schemas/source';

const refs = { role: z.string(), article: z.string(), faq: z.string(), source: z.enum(['indigo-colton-pm-vs-obm']) };

/** `field: message` for each issue, the way an author reads them. */
function problems(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const article = {
  title: 'What a project manager does',
  description: 'A project manager owns a few of your most pressing projects and manages them to the finish.',
  roles: ['pm'],
  tags: ['project-manager'],
  published: '2026-11-20',
  related: ['glossary'],
  sources: ['indigo-colton-pm-vs-obm'],
  reviewed: '2026-11-28',
};

describe('article schema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const result = articleSchema(refs).safeParse(article);
    expect(problems(result)).toEqual([]);
    expect(result.data?.draft).toBe(false);
    expect(result.data?.published).toEqual(new Date('2026-11-20'));
  });

  it.each([
    ['title', { title: undefined }],
    ['description', { description: 'Too short.' }],
    ['description', { description: 'x'.repeat(161) }],
    ['roles', { roles: [] }],
    ['tags.0', { tags: ['not-a-tag'] }],
    ['published', { published: 'someday' }],
    ['sources', { sources: [] }],
    ['sources.0', { sources: ['a-blog-nobody-can-find'] }],
    ['reviewed', { reviewed: undefined }],
    ['askedAs', { askedAs: Array.from({ length: 9 }, (_, i) => `how do I hire an OBM number ${i}?`) }],
    ['movedFrom.0', { movedFrom: ['Old Slug'] }],
  ])('names the field %s when it is wrong', (field, change) => {
    const result = articleSchema(refs).safeParse({ ...article, ...change });
    expect(problems(result).some((p) => p.startsWith(`${field}:`))).toBe(true);
  });

  it('rejects an update dated before publication', () => {
    const result = articleSchema(refs).safeParse({ ...article, updated: '2026-11-01' });
    expect(problems(result)).toEqual(['updated: must not be earlier than published']);
  });

  it('rejects dates after today, naming each field, and takes today', () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const later = articleSchema(refs).safeParse({ ...article, published: day(3), reviewed: day(3) });
    expect(problems(later)).toEqual([
      'published: is after today: give the date it was published, not a later one',
      'reviewed: is after today: give the date the page was last reviewed, not a later one',
    ]);
    expect(problems(articleSchema(refs).safeParse({ ...article, published: day(0), reviewed: day(0) }))).toEqual([]);
  });
});

describe('FAQ schema', () => {
  const faq = {
    question: 'Does an OBM do the work?',
    category: 'scope',
    roles: ['obm'],
    article: 'glossary',
    sources: ['indigo-colton-pm-vs-obm'],
    reviewed: '2026-11-28',
  };

  it('accepts a complete FAQ', () => {
    expect(problems(faqSchema(refs).safeParse(faq))).toEqual([]);
  });
  it('wants a question mark and a known category', () => {
    const result = faqSchema(refs).safeParse({ ...faq, question: 'Tell me about OBMs', category: 'misc' });
    expect(problems(result).map((p) => p.split(':')[0])).toEqual(['question', 'category']);
  });
  it('needs the related article', () => {
    expect(problems(faqSchema(refs).safeParse({ ...faq, article: undefined }))[0]).toMatch(/^article:/);
  });
  it('names an unknown source and a missing review date', () => {
    const result = faqSchema(refs).safeParse({ ...faq, sources: ['someones-blog'], reviewed: 'recently' });
    expect(problems(result).map((p) => p.split(':')[0])).toEqual(['sources.0', 'reviewed']);
  });
});

describe('role schema', () => {
  it('rejects an unknown scope', () => {
    const role = { id: 'pm', name: 'Project Manager', abbreviation: 'PM', implements: false, scope: 'galaxy' };
    const result = roleSchema(refs).safeParse({
      ...role,
      definition: 'Runs a few projects without doing them.',
      sources: ['indigo-colton-pm-vs-obm'],
    });
    expect(problems(result)[0]).toMatch(/^scope:/);
  });
  it('needs a source for its definition and keeps its aliases', () => {
    const role = {
      id: 'pm',
      name: 'Project Manager',
      abbreviation: 'PM',
      implements: false,
      scope: 'projects',
      definition: 'Runs a few projects without doing them.',
    };
    expect(problems(roleSchema(refs).safeParse(role))[0]).toMatch(/^sources:/);
    const parsed = roleSchema(refs).safeParse({ ...role, sources: ['indigo-colton-pm-vs-obm'], aliases: ['PM'] });
    expect(parsed.data?.aliases).toEqual(['PM']);
  });
});

describe('source schema', () => {
  const source = {
    title: "What's the difference between a project manager and an online business manager?",
    author: 'Indigo Colton',
    publisher: 'indigocolton.com',
    url: 'http://www.indigocolton.com/blog/whats-the-difference-between-a-project-manager-and-an-online-business-manager',
    kind: 'practitioner-article',
    read: '2026-11-20',
    takes: 'The four core differences between the two roles.',
  };
  it('accepts a complete source, with or without a named author', () => {
    expect(problems(sourceSchema.safeParse(source))).toEqual([]);
    expect(problems(sourceSchema.safeParse({ ...source, author: undefined }))).toEqual([]);
  });
  it.each([
    ['url', { url: 'indigocolton.com/blog' }],
    ['url', { url: 'ftp://indigocolton.com/' }],
    ['kind', { kind: 'rumour' }],
    ['read', { read: undefined }],
    ['read', { read: '2999-01-01' }],
    ['takes', { takes: 'Facts.' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(problems(sourceSchema.safeParse({ ...source, ...change })).some((p) => p.startsWith(`${field}:`))).toBe(
      true,
    );
  });
});

describe('comparison schema', () => {
  const row = (id: string, values: Record<string, string>) => ({
    id,
    dimension: 'Projects at a time',
    values,
    context: 'How many things they take on at once.',
    sources: ['indigo-colton-pm-vs-obm'],
  });
  const comparison = {
    title: 'Project manager vs online business manager',
    description: 'How a project manager and an online business manager differ, row by row, for small businesses.',
    subjects: ['pm', 'obm'],
    verdict: 'A project manager suits a few big projects; an online business manager suits running the whole business.',
    published: '2026-11-20',
    reviewed: '2026-11-28',
    rows: [row('projects', { pm: 'One to three.', obm: 'All of them.' })],
  };

  it('accepts a comparison with a value for every subject', () => {
    expect(problems(comparisonSchema(refs).safeParse(comparison))).toEqual([]);
  });
  it('names the row and subject of a missing cell', () => {
    const result = comparisonSchema(refs).safeParse({ ...comparison, rows: [row('scope', { pm: 'A few projects.' })] });
    expect(problems(result)).toEqual(['rows.0.values.obm: row "scope" has no value for subject "obm"']);
  });
  it('names the row of an extra cell', () => {
    const values = { pm: 'One to three.', obm: 'All of them.', va: 'Tasks.' };
    const result = comparisonSchema(refs).safeParse({ ...comparison, rows: [row('scope', values)] });
    expect(problems(result)).toEqual([
      'rows.0.values.va: row "scope" has a value for "va", which is not a subject (pm, obm)',
    ]);
  });
  it('names a duplicate row id', () => {
    const twice = row('scope', { pm: 'A few.', obm: 'All.' });
    const result = comparisonSchema(refs).safeParse({ ...comparison, rows: [twice, twice] });
    expect(problems(result)).toEqual(['rows.1.id: row "scope" is a duplicate row id']);
  });
  it('rejects an empty cell', () => {
    const result = comparisonSchema(refs).safeParse({ ...comparison, rows: [row('scope', { pm: '', obm: 'All.' })] });
    expect(problems(result)).toEqual(['rows.0.values.pm: a cell must not be empty']);
  });
  it('needs two to four subjects', () => {
    const one = comparisonSchema(refs).safeParse({ ...comparison, subjects: ['pm'] });
    expect(problems(one)).toContain('subjects: a comparison needs at least two subjects');
    const five = comparisonSchema(refs).safeParse({ ...comparison, subjects: ['a', 'b', 'c', 'd', 'e'] });
    expect(problems(five)[0]).toMatch(/^subjects: a comparison has at most four subjects/);
  });
  it('needs a source on every row', () => {
    const unsourced = { ...row('scope', { pm: 'A few.', obm: 'All.' }), sources: [] };
    const result = comparisonSchema(refs).safeParse({ ...comparison, rows: [unsourced] });
    expect(problems(result)[0]).toMatch(/^rows\.0\.sources: name at least one source/);
  });
  it('rejects a row alias that another row uses as its id', () => {
    const scope = { ...row('scope', { pm: 'A few.', obm: 'All.' }), aliases: ['projects'] };
    const result = comparisonSchema(refs).safeParse({
      ...comparison,
      rows: [scope, row('projects', { pm: 'One.', obm: 'All.' })],
    });
    expect(problems(result)).toEqual([
      'rows.0.aliases.0: row "scope" has alias "projects", which another row already uses',
    ]);
  });
  it('rejects a row id that cannot be a URL fragment', () => {
    const result = comparisonSchema(refs).safeParse({
      ...comparison,
      rows: [row('Team Size!', { pm: 'Small.', obm: 'Any.' })],
    });
    expect(problems(result)[0]).toMatch(/^rows\.0\.id: must be lower-case words joined by hyphens/);
  });
});
