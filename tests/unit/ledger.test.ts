import { describe, expect, it } from 'vitest';
import { readLedgerPage, sitemapPaths, type LedgerPage } from '../../src/lib/ledger/built-page';
import { declaredMoves, type MoveSources } from '../../src/lib/ledger/declared-moves';
import { parseLedger, serializeLedger } from '../../src/lib/ledger/ledger-file';
import { newAddresses, publishedAddresses } from '../../src/lib/ledger/published-addresses';
import { redirectRules } from '../../src/lib/ledger/redirect-rules';
import { moveHint, unresolvedAddresses } from '../../src/lib/ledger/resolve';
import { parseMoves } from '../../src/lib/schemas/move';

const comparisonHtml = `<html><head><title>PM vs OBM</title></head><body>
  <h2 id="verdict">The short answer</h2>
  <table><tr id="scope" data-shared-anchor><th><span id="remit" class="row-alias"></span>Scope</th></tr>
  <tr id="focus" data-shared-anchor><th>Focus</th></tr></table>
  <script>const fake = '<tr id="not-a-row" data-shared-anchor>';</script></body></html>`;
const stubHtml = (to: string) =>
  `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=${to}"></head><body></body></html>`;

const page = (path: string, html: string, base = '/') => readLedgerPage(path, html, base);
const byPath = (...pages: LedgerPage[]) => new Map(pages.map((p) => [p.path, p]));

describe('reading a built page', () => {
  it('finds every id, and the shared anchors among them, outside scripts', () => {
    const read = page('/compare/pm-vs-obm/', comparisonHtml);
    expect(read.sharedAnchors).toEqual(['scope', 'focus']);
    expect([...read.ids]).toEqual(['verdict', 'scope', 'remit', 'focus']);
    expect(read.redirectTo).toBeUndefined();
    expect(read.gone).toBe(false);
  });
  it('reads a redirect stub target without the deploy base', () => {
    expect(page('/old/', stubHtml('/kb/new/#row'), '/kb/').redirectTo).toBe('/new/#row');
  });
  it('reads the sitemap paths without origin and base', () => {
    const xml =
      '<urlset><url><loc>https://example.org/kb/</loc></url><url><loc>https://example.org/kb/faq/</loc></url></urlset>';
    expect(sitemapPaths(xml, '/kb/')).toEqual(['/', '/faq/']);
  });
});

describe('published addresses', () => {
  const comparison = page('/compare/pm-vs-obm/', comparisonHtml);
  const reversed = page('/compare/obm-vs-pm/', stubHtml('/compare/pm-vs-obm/'));
  const notListed = page('/404.html', '<h1 id="x" data-shared-anchor>Not found</h1>');

  it('lists sitemap pages, redirect stubs and the shared anchors of sitemap pages, sorted', () => {
    expect(publishedAddresses([comparison, reversed, notListed], ['/compare/pm-vs-obm/', '/'])).toEqual([
      '/',
      '/compare/obm-vs-pm/',
      '/compare/pm-vs-obm/',
      '/compare/pm-vs-obm/#focus',
      '/compare/pm-vs-obm/#scope',
    ]);
  });
  it('names only the addresses the ledger lacks', () => {
    expect(newAddresses(['/', '/faq/'], ['/', '/faq/', '/faq/#new'])).toEqual(['/faq/#new']);
  });
});

describe('the ledger file', () => {
  it('keeps every address, once, sorted, under a header that says how to update it', () => {
    const text = serializeLedger(['/faq/', '/', '/faq/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(text).toContain('npm run ledger');
    expect(parseLedger(text)).toEqual(['/', '/faq/']);
  });
});

describe('checking ledger addresses against a build', () => {
  const pages = byPath(
    page('/compare/pm-vs-obm/', comparisonHtml),
    page('/compare/obm-vs-pm/', stubHtml('/compare/pm-vs-obm/')),
    page('/compare/pm-vs-obm/remit/', stubHtml('/compare/pm-vs-obm/scope/')),
    page('/compare/pm-vs-obm/scope/', '<h1>Scope</h1>'),
    page('/faq/', '<h3 id="does-an-obm-do-the-work">?</h3>'),
    page('/old-guide/', stubHtml('/gone-too/')),
    page('/loop-a/', stubHtml('/loop-b/')),
    page('/loop-b/', stubHtml('/loop-a/')),
    page('/tags/launch/', '<div data-gone><p>Removed</p></div>'),
  );
  const problems = (...ledger: string[]) => unresolvedAddresses(ledger, pages).map((u) => `${u.address}: ${u.problem}`);

  it('accepts pages, anchors, row aliases, redirects that keep the anchor, and removals', () => {
    expect(
      problems(
        '/compare/pm-vs-obm/',
        '/compare/pm-vs-obm/#scope',
        '/compare/pm-vs-obm/#remit',
        '/compare/obm-vs-pm/#focus',
        '/compare/pm-vs-obm/remit/',
        '/faq/#does-an-obm-do-the-work',
        '/tags/launch/',
      ),
    ).toEqual([]);
  });
  it('names a missing page, a missing anchor, a redirect to nowhere and a redirect loop', () => {
    expect(
      problems(
        '/articles/gone/',
        '/compare/pm-vs-obm/#team-size',
        '/compare/obm-vs-pm/#team-size',
        '/old-guide/',
        '/loop-a/',
      ),
    ).toEqual([
      '/articles/gone/: no page has this address any more',
      '/compare/pm-vs-obm/#team-size: the page /compare/pm-vs-obm/ has no element with id "team-size"',
      '/compare/obm-vs-pm/#team-size: the page /compare/pm-vs-obm/ has no element with id "team-size"',
      '/old-guide/: it redirects to /gone-too/, which does not exist',
      '/loop-a/: it passes through more than 5 redirects',
    ]);
  });
  it('accepts an anchor declared removed, since its page still opens', () => {
    const removed = new Set(['/compare/pm-vs-obm/#team-size']);
    expect(unresolvedAddresses(['/compare/pm-vs-obm/#team-size'], pages, removed)).toEqual([]);
  });
  it('tells the author which file and field declare the move', () => {
    expect(moveHint('/compare/pm-vs-obm/#team-size')).toMatch(
      /^keep row id "team-size", or add "team-size" to the `aliases` of the row it became in src\/content\/comparisons\/pm-vs-obm\.mdx/,
    );
    expect(moveHint('/compare/pm-vs-obm/team-size/')).toContain('src/content/comparisons/pm-vs-obm.mdx');
    expect(moveHint('/faq/#old-question')).toMatch(
      /^keep src\/content\/faqs\/old-question\.md \(or \.mdx\), or add "old-question" to `movedFrom`/,
    );
    expect(moveHint('/faq/old-question/')).toContain('src/content/faqs/old-question.md (or .mdx)');
    expect(moveHint('/articles/old-slug/')).toMatch(
      /^keep src\/content\/articles\/old-slug\.md \(or \.mdx\), or add "old-slug" to `movedFrom`/,
    );
    expect(moveHint('/tags/launch/')).toMatch(
      /^keep the page, or add \{ "from": "\/tags\/launch\/", "to": "\/new-path\/" \} to src\/content\/moves\.json/,
    );
    expect(moveHint('/articles/2/')).toContain('src/content/moves.json');
    expect(moveHint('/articles/old-slug/')).toContain('{ "from": "/articles/old-slug/", "gone"');
    expect(moveHint('/faq/#old-question')).toContain('{ "from": "/faq/#old-question", "gone"');
  });
});

describe('declared moves', () => {
  const sources = (change: Partial<MoveSources> = {}): MoveSources => ({
    comparisons: [{ id: 'pm-vs-obm', movedFrom: [], rows: [{ id: 'scope', aliases: ['remit'] }] }],
    articles: [{ id: 'what-an-obm-does', movedFrom: ['obm-role'] }],
    faqs: [{ id: 'does-an-obm-implement', movedFrom: ['does-an-obm-do-the-work'] }],
    moves: [],
    ...change,
  });

  it('redirects reversed comparisons, old row ids, old slugs and old FAQ ids', () => {
    expect(declaredMoves(sources()).redirects).toEqual([
      { from: '/compare/obm-vs-pm/', to: '/compare/pm-vs-obm/' },
      { from: '/compare/pm-vs-obm/remit/', to: '/compare/pm-vs-obm/scope/' },
      { from: '/articles/obm-role/', to: '/articles/what-an-obm-does/' },
      { from: '/faq/does-an-obm-do-the-work/', to: '/faq/does-an-obm-implement/' },
    ]);
  });
  it('moves every row page of a renamed comparison, under old and new row ids', () => {
    const renamed = sources({
      comparisons: [{ id: 'pm-vs-obm', movedFrom: ['pm-or-obm'], rows: [{ id: 'scope', aliases: ['remit'] }] }],
    });
    expect(declaredMoves(renamed).redirects.filter((r) => r.from.startsWith('/compare/pm-or-obm/'))).toEqual([
      { from: '/compare/pm-or-obm/', to: '/compare/pm-vs-obm/' },
      { from: '/compare/pm-or-obm/scope/', to: '/compare/pm-vs-obm/scope/' },
      { from: '/compare/pm-or-obm/remit/', to: '/compare/pm-vs-obm/scope/' },
    ]);
  });
  it('takes moves and removals from moves.json', () => {
    const moves = [
      { from: '/tags/launch/', to: '/tags/launches/' },
      { from: '/tags/misc/', gone: { reason: 'The tag grouped unrelated articles.', closest: '/articles/' } },
      {
        from: '/compare/pm-vs-obm/#team-size',
        gone: { reason: 'The row repeated the scope row.', closest: '/compare/pm-vs-obm/' },
      },
    ];
    const { redirects, removals } = declaredMoves(sources({ moves }));
    expect(redirects).toContainEqual({ from: '/tags/launch/', to: '/tags/launches/' });
    expect(removals).toEqual([
      { from: '/tags/misc/', reason: 'The tag grouped unrelated articles.', closest: '/articles/' },
    ]);
  });
  it('refuses two declarations for one old address, naming both files', () => {
    const twice = sources({
      faqs: [
        { id: 'a', movedFrom: ['old'] },
        { id: 'b', movedFrom: ['old'] },
      ],
    });
    expect(() => declaredMoves(twice)).toThrow(
      'src/content/faqs/b.mdx and src/content/faqs/a.mdx both declare where /faq/old/ moved',
    );
  });
  it('names an entry by its own file, Markdown or MDX', () => {
    const twice = sources({
      articles: [
        { id: 'a', movedFrom: ['old'], file: 'src/content/articles/a.md' },
        { id: 'b', movedFrom: ['old'], file: 'src/content/articles/b.mdx' },
      ],
    });
    expect(() => declaredMoves(twice)).toThrow(
      'src/content/articles/b.mdx and src/content/articles/a.md both declare where /articles/old/ moved',
    );
  });
});

describe('the moves file', () => {
  it('names the entry and field of a bad entry', () => {
    expect(() => parseMoves('[{ "from": "/tags/x/", "gone": { "reason": "short" } }]')).toThrow(
      /src\/content\/moves\.json/,
    );
    expect(() => parseMoves('[{ "from": "tags/x", "to": "/tags/y/" }]')).toThrow(/\[0\.from\]/);
    expect(() => parseMoves('[{ "from": ')).toThrow(/src\/content\/moves\.json is not valid JSON/);
  });
  it('accepts an empty file', () => {
    expect(parseMoves('[]')).toEqual([]);
  });
});

describe('_redirects rules', () => {
  it('gives every redirect stub a 301 under the base', () => {
    const pages = [
      page('/compare/obm-vs-pm/', stubHtml('/kb/compare/pm-vs-obm/'), '/kb/'),
      page('/faq/', '<h1>FAQ</h1>'),
    ];
    expect(redirectRules(pages, '/kb/')).toBe('/kb/compare/obm-vs-pm/ /kb/compare/pm-vs-obm/ 301\n');
    expect(redirectRules([], '/')).toBe('');
  });
});
