import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/content/slugify';
import { tableOfContents } from '../../src/lib/content/table-of-contents';

const h = (depth: number, text: string) => ({ depth, text, slug: slugify(text) });

describe('tableOfContents', () => {
  it('nests h3s under their h2 and ignores deeper headings', () => {
    const toc = tableOfContents([h(2, 'One'), h(3, 'One A'), h(4, 'Deep'), h(2, 'Two'), h(2, 'Three')]);
    expect(toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['one', ['one-a']],
      ['two', []],
      ['three', []],
    ]);
  });
  it('is empty below three sections', () => {
    expect(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two')])).toEqual([]);
  });
});

describe('slugify', () => {
  it('makes heading anchors the way Markdown does', () => {
    expect(slugify("The OBM's hands-on side & where it stops")).toBe('the-obms-hands-on-side--where-it-stops');
    expect(slugify('Scope creep')).toBe('scope-creep');
  });
});
