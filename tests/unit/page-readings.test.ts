import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integrations/built-site';
import { pageReadings, readerVersion, type PageReading } from '../../src/integrations/page-readings';
import { pageDigest } from '../../src/lib/search/index-key';

let dir: string;
const reading = (links: string[]): PageReading => ({ links, ids: ['top'], gone: false, sharedAnchors: [] });

describe('page readings kept between builds', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'page-readings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back what the last build saved, and keeps only the readings this build used', async () => {
    const file = join(dir, 'cache', 'readings.json');
    const first = await pageReadings(file, 'v1');
    first.set('a', reading(['/x/']));
    first.set('b', reading(['/y/']));
    await first.save();
    const second = await pageReadings(file, 'v1');
    expect(second.get('a')).toEqual(reading(['/x/']));
    await second.save();
    const third = await pageReadings(file, 'v1');
    expect(third.get('a')).toEqual(reading(['/x/']));
    expect(third.get('b')).toBeUndefined();
  });

  it('starts empty for other reader code or another base, without calling it damage', async () => {
    const file = join(dir, 'readings.json');
    const damaged: string[] = [];
    const first = await pageReadings(file, readerVersion('/'));
    first.set('a', reading(['/x/']));
    await first.save();
    expect((await pageReadings(file, readerVersion('/kb/'), (f) => damaged.push(f))).get('a')).toBeUndefined();
    expect(damaged).toEqual([]);
  });

  it('sets a damaged file or entry aside, says so, and reads the pages again', async () => {
    const file = join(dir, 'readings.json');
    const damaged: string[] = [];
    writeFileSync(file, '{"version": "v1", "pages": {"a": ');
    expect((await pageReadings(file, 'v1', (f) => damaged.push(f))).get('a')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ version: 'v1', pages: { a: { links: 'not a list', ids: [] } } }));
    expect((await pageReadings(file, 'v1', (f) => damaged.push(f))).get('a')).toBeUndefined();
    const badImage = { ...reading([]), image: { file: 'og/a.png', card: { title: 'A', roles: [] } } };
    writeFileSync(file, JSON.stringify({ version: 'v1', pages: { a: badImage } }));
    expect((await pageReadings(file, 'v1', (f) => damaged.push(f))).get('a')).toBeUndefined();
    expect(damaged).toEqual([file, file, file]);
  });
});

describe('reading a build with the last readings', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'built-site-'));
    mkdirSync(join(dir, 'dist', 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'dist', 'index.html'),
      '<head><meta property="og:title" content="Home"><meta property="og:image" content="https://e.x/og/site.png">' +
        '<meta name="social-image:label" content="Start"></head><a href="/a/#part">A</a>',
    );
    writeFileSync(join(dir, 'dist', 'a', 'index.html'), '<h2 id="part" data-shared-anchor>Part</h2>');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the same links, ids and anchors as without them, and reuses them for unchanged pages', async () => {
    const root = join(dir, 'dist');
    const file = join(dir, 'readings.json');
    const plain = await readBuiltSite(root, '/');
    const first = await pageReadings(file, 'v1');
    expect(await readBuiltSite(root, '/', first)).toEqual(plain);
    await first.save();
    const again = await readBuiltSite(root, '/', await pageReadings(file, 'v1'));
    expect(again).toEqual(plain);
    expect(again.ledger.find((page) => page.path === '/a/')?.sharedAnchors).toEqual(['part']);
    expect(again.images).toEqual([
      { page: 'index.html', file: 'og/site.png', card: { title: 'Home', label: 'Start', roles: [] } },
    ]);

    // Marks each stored reading, so a reading taken from the file can be told from one made again.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; pages: Record<string, PageReading> };
    expect(Object.keys(stored.pages)).toHaveLength(2);
    for (const entry of Object.values(stored.pages)) entry.ids.push('from-the-cache');
    writeFileSync(file, JSON.stringify(stored));
    writeFileSync(join(root, 'index.html'), '<a href="/b/">B</a>');
    const changed = await readBuiltSite(root, '/', await pageReadings(file, 'v1'));
    const home = changed.linked.find((page) => page.path === '/');
    expect(home?.links).toEqual(['/b/']);
    expect(home?.ids).toEqual(new Set());
    expect(changed.linked.find((page) => page.path === '/a/')?.ids).toEqual(new Set(['part', 'from-the-cache']));
  });

  it("gives each page's digest for the search index's key, a changed page's changed", async () => {
    const root = join(dir, 'dist');
    const file = join(dir, 'readings.json');
    const digestOf = (page: string) => pageDigest(readFileSync(join(root, page)));
    const first = await readBuiltSite(root, '/', await pageReadings(file, 'v1'));
    expect(first.digests.toSorted((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'a/index.html', digest: digestOf('a/index.html') },
      { path: 'index.html', digest: digestOf('index.html') },
    ]);
    writeFileSync(join(root, 'a', 'index.html'), '<h2 id="other">Other</h2>');
    const changed = await readBuiltSite(root, '/');
    expect(changed.digests.find((page) => page.path === 'a/index.html')?.digest).toBe(digestOf('a/index.html'));
    expect(changed.digests.find((page) => page.path === 'a/index.html')?.digest).not.toBe(
      first.digests.find((page) => page.path === 'a/index.html')?.digest,
    );
  });

  it("reads each page's own policy, the embeds' apart from the others'", async () => {
    const root = join(dir, 'dist');
    const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
    mkdirSync(join(root, 'embed', 'x'), { recursive: true });
    writeFileSync(join(root, 'a', 'index.html'), meta("script-src 'self'"));
    writeFileSync(join(root, 'embed', 'x', 'index.html'), meta("style-src 'self'"));
    const { policies } = await readBuiltSite(root, '/');
    expect(policies).toEqual({ site: ["script-src 'self'"], embed: ["style-src 'self'"] });
  });
});
