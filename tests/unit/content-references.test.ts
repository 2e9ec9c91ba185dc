import { describe, expect, it } from 'vitest';
import { brokenReferences } from '../../src/lib/content/content-references';

describe('brokenReferences', () => {
  const known = { roles: new Set(['pm', 'obm']), articles: new Set(['glossary']) };

  it('passes references that resolve', () => {
    const refs = [{ file: 'a.mdx', field: 'roles[0]', collection: 'roles', id: 'pm' }];
    expect(brokenReferences(refs, known)).toEqual([]);
  });
  it('names the file, the field and the missing id, with the ids that do exist', () => {
    const refs = [
      { file: 'src/content/faqs/x.mdx', field: 'article', collection: 'articles', id: 'glosary' },
      { file: 'src/content/articles/y.mdx', field: 'roles[1]', collection: 'roles', id: 'ceo' },
    ];
    expect(brokenReferences(refs, known)).toEqual([
      'src/content/faqs/x.mdx: article names articles "glosary", which does not exist (known: glossary)',
      'src/content/articles/y.mdx: roles[1] names roles "ceo", which does not exist (known: obm, pm)',
    ]);
  });
});
