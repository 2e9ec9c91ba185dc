import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardRenderer } from '../../src/integrations/social-images/draw';
import { imageStore } from '../../src/integrations/social-images/image-store';
import { encodeOpaquePng } from '../../src/lib/social-cards/png';
import type { CardLayout } from '../../src/lib/social-cards/card-design';
import type { SocialCard } from '../../src/lib/social-cards/social-image-spec';

/** A 2x1 PNG whose two pixels spell a card's title in their red channel, so a test can tell cards apart. */
const pngOf = (title: string) =>
  encodeOpaquePng(Uint8Array.from([...title.padEnd(2).slice(0, 2)].flatMap((c) => [c.charCodeAt(0), 0, 0, 255])), 2, 1);

/** A renderer that "draws" a card as a tiny PNG of its title and counts how often it was asked to. */
function fakeRenderer() {
  const drawn: string[] = [];
  const laidOut: string[] = [];
  const renderer: CardRenderer = {
    layout: (card) => {
      laidOut.push(card.title);
      return { width: 2, height: 1, background: card.title, shapes: [] };
    },
    size: { width: 2, height: 1 },
    draw: async (layout: CardLayout) => {
      drawn.push(layout.background);
      return pngOf(layout.background);
    },
    version: 'test',
    close: () => {},
  };
  return { renderer, drawn, laidOut };
}

const card = (title: string): SocialCard => ({ title, label: '', roles: [] });

describe('imageStore', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'image-store-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('draws a card once, however often and however concurrently it is asked for', async () => {
    const { renderer, drawn } = fakeRenderer();
    const store = imageStore(renderer, cacheDir);
    const files = await Promise.all([store.file(card('A')), store.file(card('A')), store.file(card('B'))]);
    expect(drawn.sort()).toEqual(['A', 'B']);
    expect(files[0]).toBe(files[1]);
    expect(readFileSync(files[2] as string)).toEqual(pngOf('B'));
    expect(store.drawn).toBe(2);
  });

  it('copies what an earlier build drew instead of drawing it again', async () => {
    const first = fakeRenderer();
    await imageStore(first.renderer, cacheDir).file(card('A'));
    const second = fakeRenderer();
    const store = imageStore(second.renderer, cacheDir);
    expect(readFileSync(await store.file(card('A')))).toEqual(pngOf('A'));
    expect(second.drawn).toEqual([]);
    // A cached card is not even laid out: the text fitting is most of a cached card's cost.
    expect(second.laidOut).toEqual([]);
    expect(store.drawn).toBe(0);
  });

  it('draws again a cached image that was cut short or is the wrong size, and says so', async () => {
    const first = fakeRenderer();
    const cut = await imageStore(first.renderer, cacheDir).file(card('A'));
    const whole = readFileSync(cut);
    writeFileSync(cut, whole.subarray(0, whole.length - 20));
    const damaged: string[] = [];
    const second = fakeRenderer();
    const store = imageStore(second.renderer, cacheDir, (file) => damaged.push(file));
    expect(readFileSync(await store.file(card('A')))).toEqual(whole);
    expect(second.drawn).toEqual(['A']);
    expect(damaged).toEqual([cut]);
    writeFileSync(cut, encodeOpaquePng(new Uint8Array(4 * 4), 2, 2));
    const third = fakeRenderer();
    await imageStore(third.renderer, cacheDir).file(card('A'));
    expect(third.drawn).toEqual(['A']);
  });

  it('removes cached images this build did not use, and keeps the ones it did', async () => {
    const { renderer } = fakeRenderer();
    const earlier = imageStore(renderer, cacheDir);
    await Promise.all([earlier.file(card('old')), earlier.file(card('kept'))]);
    writeFileSync(join(cacheDir, 'notes.txt'), 'not an image');
    const store = imageStore(renderer, cacheDir);
    const kept = await store.file(card('kept'));
    expect(await store.prune()).toBe(1);
    expect(readdirSync(cacheDir).sort()).toEqual([basename(kept), 'notes.txt'].sort());
  });
});
