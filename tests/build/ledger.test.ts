import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integrations/built-site';
import { ledgerFile } from '../../src/integrations/published-ledger';
import { parseLedger } from '../../src/lib/ledger/ledger-file';
import { newAddresses, publishedAddresses } from '../../src/lib/ledger/published-addresses';
import { distDir } from '../support/dist';
import { renameInCopy, renames } from '../support/renames';
import { copySite } from '../support/site-copy';

const ledger = parseLedger(readFileSync(join(import.meta.dirname, '../..', ledgerFile), 'utf8'));

describe('the committed ledger', () => {
  it('holds every sitemap page, redirect stub and shared anchor of this build', async () => {
    const { ledger: pages, sitemap } = await readBuiltSite(distDir, '/');
    const published = publishedAddresses(pages, sitemap);
    expect(published.length).toBeGreaterThan(sitemap.length);
    expect(newAddresses(ledger, published), `run \`npm run ledger\` and commit ${ledgerFile}`).toEqual([]);
  });
  it('holds the row anchors, FAQ anchors and reversed comparison addresses people share', () => {
    expect(ledger).toContain('/compare/project-manager-vs-online-business-manager/#implementation');
    expect(ledger).toContain('/compare/online-business-manager-vs-project-manager/');
    expect(ledger).toContain('/faq/#does-an-obm-do-the-work');
  });
});

describe('renaming without declaring the move', { timeout: 180_000 }, () => {
  it('fails the build, naming each old address and where to declare it', () => {
    const copy = copySite();
    try {
      renameInCopy(copy, false);
      const { status, output } = copy.build();
      expect(status).not.toBe(0);
      const { comparison, row, article, faq } = renames;
      expect(output).toContain(
        `/compare/${comparison}/#${row.from}: the page /compare/${comparison}/ has no element with id "${row.from}"`,
      );
      expect(output).toContain(
        `add "${row.from}" to the \`aliases\` of the row it became in src/content/comparisons/${comparison}.mdx`,
      );
      expect(output).toContain(`/compare/${comparison}/${row.from}/: no page has this address any more`);
      expect(output).toContain(`/articles/${article.from}/: no page has this address any more`);
      expect(output).toContain(`add "${article.from}" to \`movedFrom\` of the article it became`);
      expect(output).toContain(`/faq/#${faq.from}: the page /faq/ has no element with id "${faq.from}"`);
      expect(output).toContain(`/faq/${faq.from}/: no page has this address any more`);
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      copy.remove();
    }
  });
});
