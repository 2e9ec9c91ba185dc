import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardRenderer } from '../../src/integrations/social-images/draw';
import { imageStore } from '../../src/integrations/social-images/image-store';
import type { CardLayout } from '../../src/lib/social-card';
import type { SocialCard } from '../../src/lib/social-image-spec';

/** A renderer that "draws" a card as its title's bytes and counts how often it was asked to. */
function fakeRenderer() {
  const drawn: string[] = [];
  const renderer: CardRenderer = {
    layout: (card) => ({ width: 1, height: 1, background: card.title, shapes: [] }),
    draw: async (layout: CardLayout) => {
      drawn.push(layout.background);
      return Buffer.from(layout.background);
    },
    version: 'test',
    close: () => {},
  };
  return { renderer, drawn };
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
    expect(readFileSync(files[2] as string, 'utf8')).toBe('B');
    expect(store.drawn).toBe(2);
  });

  it('copies what an earlier build drew instead of drawing it again', async () => {
    const first = fakeRenderer();
    await imageStore(first.renderer, cacheDir).file(card('A'));
    const second = fakeRenderer();
    const store = imageStore(second.renderer, cacheDir);
    expect(readFileSync(await store.file(card('A')), 'utf8')).toBe('A');
    expect(second.drawn).toEqual([]);
    expect(store.drawn).toBe(0);
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
