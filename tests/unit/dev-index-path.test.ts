import { describe, expect, it } from 'vitest';
import { devIndexFile } from '../../src/lib/search/dev-index-path';

describe('devIndexFile', () => {
  it('maps index requests to files of the last build', () => {
    expect(devIndexFile('/pagefind/pagefind.js', '/')).toBe('pagefind/pagefind.js');
    expect(devIndexFile('/kb/pagefind/index/en_1.pf_index?x=1', '/kb/')).toBe('pagefind/index/en_1.pf_index');
  });
  it('leaves other requests to the dev server', () => {
    expect(devIndexFile('/articles/glossary/', '/')).toBeUndefined();
    expect(devIndexFile('/pagefind/pagefind.js', '/kb/')).toBeUndefined();
  });
  it('never leaves the index folder', () => {
    expect(devIndexFile('/pagefind/../../package.json', '/')).toBeUndefined();
    expect(devIndexFile('/pagefind/%2e%2e/%2e%2e/package.json', '/')).toBeUndefined();
  });
});
