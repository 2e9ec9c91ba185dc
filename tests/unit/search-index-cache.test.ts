import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexCache } from '../../src/integrations/search-index-cache';

let dir: string;
const index = (name: string) => {
  const output = join(dir, name);
  mkdirSync(join(output, 'fragment'), { recursive: true });
  writeFileSync(join(output, 'pagefind.js'), 'entry');
  writeFileSync(join(output, 'fragment', 'a.pf_fragment'), 'a');
  return output;
};

describe('the search index cache', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'search-index-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back the index stored under the same key, and nothing under another', async () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    await cache.store('k1', index('built'));
    expect(await cache.restore('k2', join(dir, 'other'))).toBe(false);
    expect(await cache.restore('k1', join(dir, 'restored'))).toBe(true);
    expect(readdirSync(join(dir, 'restored')).sort()).toEqual(['fragment', 'pagefind.js']);
    expect(readFileSync(join(dir, 'restored', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
  });

  it('says whether it holds any index: none before the first store, none once a damaged one is dropped', async () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    expect(cache.holdsAny()).toBe(false);
    await cache.store('k1', index('built'));
    expect(cache.holdsAny()).toBe(true);
    unlinkSync(join(dir, 'cache', 'k1', 'pagefind.js'));
    expect(await cache.restore('k1', join(dir, 'restored'))).toBe(false);
    expect(cache.holdsAny()).toBe(false);
  });

  it('keeps only the latest index', async () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    await cache.store('k1', index('first'));
    await cache.store('k2', index('second'));
    expect(readdirSync(join(dir, 'cache'))).toEqual(['k2']);
  });

  it('drops an index missing a file, or its marker, and says so', async () => {
    const damaged: string[] = [];
    const cache = searchIndexCache(join(dir, 'cache'), (entry) => damaged.push(entry));
    await cache.store('k1', index('built'));
    unlinkSync(join(dir, 'cache', 'k1', 'fragment', 'a.pf_fragment'));
    expect(await cache.restore('k1', join(dir, 'restored'))).toBe(false);
    await cache.store('k2', index('again'));
    unlinkSync(join(dir, 'cache', 'k2', '.complete.json'));
    expect(await cache.restore('k2', join(dir, 'restored'))).toBe(false);
    expect(damaged).toEqual([join(dir, 'cache', 'k1'), join(dir, 'cache', 'k2')]);
    expect(readdirSync(join(dir, 'cache'))).toEqual([]);
  });
});
