import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../src/lib/markdown/site-links';

const body = 'See [the FAQ](/faq/y/#why), [below](#more), [out](https://a.example/) and [a host](//cdn.example/x).';

describe('the site-links compiler plugin', () => {
  it('adds the deploy base to site-absolute links in Markdown, and only to them', async () => {
    const { html } = await markdownToHtml(body, { hastPlugins: [siteLinks('/kb/')] });
    expect(html).toContain('href="/kb/faq/y/#why"');
    expect(html).toContain('href="#more"');
    expect(html).toContain('href="https://a.example/"');
    expect(html).toContain('href="//cdn.example/x"');
  });

  it('leaves links as written at the root of a domain', async () => {
    const { html } = await markdownToHtml(body, { hastPlugins: [siteLinks('/')] });
    expect(html).toContain('href="/faq/y/#why"');
  });

  it('adds the base in MDX too, where links compile to static HTML', async () => {
    const { code } = await mdxToJs(body, { hastPlugins: [siteLinks('/kb/')] });
    expect(code).toContain('/kb/faq/y/#why');
    expect(code).not.toContain('"/faq/y/#why"');
  });
});
