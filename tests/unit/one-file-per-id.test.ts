import { describe, expect, it } from 'vitest';
import { filesSharingAnId, sharedIdMessage } from '../../src/lib/content/one-file-per-id';

describe('one file per content id', () => {
  it('finds a Markdown and an MDX file with one name, in any folder, and nothing else', () => {
    const files = ['b.mdx', 'a.md', 'topic/c.md', 'topic/c.mdx', 'a.mdx', 'd.md', 'topic/d.mdx'];
    expect(filesSharingAnId(files)).toEqual([
      ['a.md', 'a.mdx'],
      ['topic/c.md', 'topic/c.mdx'],
    ]);
    expect(filesSharingAnId(['a.md', 'b.mdx'])).toEqual([]);
  });

  it('names both files under their folder', () => {
    expect(sharedIdMessage('src/content/faqs', [['a.md', 'a.mdx']])).toBe(
      'Two files for one id:\n  src/content/faqs/a.md and src/content/faqs/a.mdx are one entry; keep one of the two files',
    );
  });
});
