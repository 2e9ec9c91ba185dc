import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/content/reading-time';
import { summarize } from '../../src/lib/content/summary';
import {
  averageSentenceLength,
  countWords,
  internalLinksOf,
  proseOf,
  splitSentences,
} from '../../src/lib/content/text-stats';

const mdx = `---
title: x
---

## A heading

One short sentence. Another one, with a [link](/articles/glossary/#scope) in it!

- A list item
<ComparisonTable comparison="pm-vs-obm" rows={["scope"]} />
<a href="/guide/">the guide</a>
`;

describe('text stats', () => {
  it('keeps the prose and drops frontmatter, JSX and link targets', () => {
    const prose = proseOf(mdx);
    expect(prose).not.toMatch(/title: x|ComparisonTable|\/articles\//);
    expect(prose).toMatch(/with a link in it/);
  });
  it('counts words, including contractions and hyphenated words', () => {
    expect(countWords("It's a hands-on role.")).toBe(4);
  });
  it('treats headings and list items as their own sentences', () => {
    expect(splitSentences(proseOf(mdx))).toEqual([
      'A heading',
      'One short sentence.',
      'Another one, with a link in it!',
      'A list item',
      'the guide',
    ]);
    expect(averageSentenceLength('One two three. Four five six seven eight.')).toBe(4);
  });
  it('finds internal links in Markdown and JSX', () => {
    expect(internalLinksOf(mdx)).toEqual(['/articles/glossary/#scope', '/guide/']);
  });
  it('gives at least one minute of reading time', () => {
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
  it('summarises to the first sentence, cut at a word within the limit', () => {
    const answer = 'An online business manager runs the whole business. They also implement. Ask them.';
    expect(summarize(answer)).toBe('An online business manager runs the whole business.');
    expect(summarize('No. A project manager manages and never implements. Ask them.')).toBe(
      'No. A project manager manages and never implements.',
    );
    const long = summarize('word '.repeat(60).trim() + '.', 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('word…')).toBe(true);
  });
});
