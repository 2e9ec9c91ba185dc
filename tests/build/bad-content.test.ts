import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from '../support/site-copy';

/** Builds a copy of the site with one content file changed, and returns what the author sees. */
function buildWith(file: string, change: (source: string) => string): { status: number | null; output: string } {
  const copy = copySite();
  try {
    copy.change(file, change);
    return copy.build();
  } finally {
    copy.remove();
  }
}

describe('bad content fails the build with the file named', { timeout: 120_000 }, () => {
  it('a missing frontmatter field', () => {
    const file = 'src/content/articles/glossary.md';
    const { status, output } = buildWith(file, (s) => s.replace(/^description: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/description/);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('a reference to an article that does not exist', () => {
    const file = 'src/content/faqs/retainer-or-hourly.md';
    const { status, output } = buildWith(file, (s) => s.replace(/^article: .*$/m, 'article: no-such-article'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: article names articles "no-such-article", which does not exist`);
  });

  it('a comparison row with a missing cell', () => {
    const file = 'src/content/comparisons/project-manager-vs-online-business-manager.mdx';
    const { status, output } = buildWith(file, (s) => s.replace(/^(\s+)pm: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain('row "number-of-projects" has no value for subject "pm"');
  });

  it('a broken internal link', () => {
    const file = 'src/content/articles/glossary.md';
    const { status, output } = buildWith(file, (s) => `${s}\nSee [the missing page](/articles/no-such-page/).\n`);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file} (page /articles/glossary/): missing page /articles/no-such-page/`);
  });

  it('two files with the same slug', () => {
    const file = 'src/content/articles/glossary-copy.md';
    const glossary = readFileSync(join(import.meta.dirname, '../../src/content/articles/glossary.md'), 'utf8');
    const { status, output } = buildWith(file, () => glossary.replace('---\n', '---\nslug: glossary\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('src/content/articles/glossary-copy.md');
    expect(output).toMatch(/same slug: `?glossary/);
  });

  it('one article as both Markdown and MDX', () => {
    const file = 'src/content/articles/glossary.mdx';
    const glossary = readFileSync(join(import.meta.dirname, '../../src/content/articles/glossary.md'), 'utf8');
    const { status, output } = buildWith(file, () => glossary);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'src/content/articles/glossary.md and src/content/articles/glossary.mdx are one entry; keep one of the two files',
    );
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('malformed MDX', () => {
    const file = 'src/content/articles/which-one-do-you-need.mdx';
    const { status, output } = buildWith(file, (s) => `${s}\n<div>\n`);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/closing tag for `<div>`/);
  });
});
