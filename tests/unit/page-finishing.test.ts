import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageCssTrimmer } from '../../src/lib/page-css/trim-page';
import { pagePolicy, withOwnPolicy } from '../../src/lib/csp/page-policy';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const css = '.card{padding:1rem}.badge{color:red}h1{font-size:2rem}';
const boot = 'document.documentElement.classList.add("js")';
/** A page as Astro writes it: its CSP meta lists every inline hash of the site, not only its own. */
const page = (body: string, style = css) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(boot)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('.x{}')}"><style>${style}</style><script>${boot}</script></head><body>${body}</body></html>`;

describe('finishing a built page', () => {
  const trim = pageCssTrimmer(new Set(['stack']));

  it('keeps the CSS rules the page uses and gives the trimmed stylesheet its own hash', () => {
    const finished = trim(page('<h1 class="card">Title</h1>'));
    const kept = /<style>([^<]*)<\/style>/.exec(finished)?.[1] ?? '';
    expect(kept).toContain('.card');
    expect(kept).not.toContain('.badge');
    expect(pagePolicy(finished)?.get('style-src')).toContain(hash(kept));
    expect(pagePolicy(finished)?.get('style-src')).not.toContain(hash(css));
  });

  it('trims the CSP meta to the hashes of the page’s own inline code', () => {
    const finished = withOwnPolicy(trim(page('<p class="badge card">x</p>')));
    const policy = pagePolicy(finished);
    expect([...(policy?.get('script-src') ?? [])]).toEqual(["'self'", hash(boot)]);
    expect([...(policy?.get('style-src') ?? [])]).toEqual(["'self'", hash(css)]);
  });

  it('leaves a page without inline CSS or a policy as it is', () => {
    const plain = '<!doctype html><html><head><title>x</title></head><body><p>x</p></body></html>';
    expect(withOwnPolicy(trim(plain))).toBe(plain);
    expect(pagePolicy(plain)).toBeUndefined();
  });
});
