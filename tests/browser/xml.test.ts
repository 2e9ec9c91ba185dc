import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site';

const site = useBuiltSite();

describe('XML files', () => {
  it.each(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'])(
    '%s is well-formed to a strict XML parser',
    async (file) => {
      const { page, context } = await site.open('/');
      const problem = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return doc.querySelector('parsererror')?.textContent ?? (doc.documentElement ? null : 'empty document');
      }, new URL(file, site.url).href);
      expect(problem).toBeNull();
      await context.close();
    },
  );
});
