import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isWholePng } from '../../lib/social-cards/png-check.ts';
import type { SocialCard } from '../../lib/social-cards/social-image-spec.ts';
import { dropDamaged, writeWhole } from '../cache-files.ts';
import type { CardRenderer } from './draw.ts';

export interface ImageStore {
  /** The cached PNG of a card, drawn first unless an earlier build or request already drew it. */
  file(card: SocialCard): Promise<string>;
  /** Cards drawn so far (the rest came from the cache). */
  readonly drawn: number;
  /** Deletes cached images no card of this build asked for, so the cache holds one site's images. */
  prune(): Promise<number>;
}

/** Whether a cached file is a whole PNG of the card's size, read from its first and last bytes. */
async function isWholeImage(file: string, layout: { width: number; height: number }): Promise<boolean> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(24);
    const tail = new Uint8Array(12);
    await handle.read(head, 0, 24, 0);
    await handle.read(tail, 0, 12, Math.max(0, size - 12));
    return size >= 36 && isWholePng(head, tail, layout.width, layout.height);
  } finally {
    await handle.close();
  }
}

/**
 * Each distinct card is drawn at most once, however often it is asked for: the cache is keyed by a
 * hash of the card and of everything else that changes its pixels (the renderer's version), so
 * unchanged cards are never redrawn across builds either, nor even laid out.
 */
export function imageStore(
  renderer: CardRenderer,
  cacheDir: string,
  /** Told of each cached image found damaged, which is then drawn again. */
  onDamaged: (file: string) => void = () => {},
): ImageStore {
  const files = new Map<string, Promise<string>>();
  let drawn = 0;
  const fill = async (cached: string, card: SocialCard) => {
    if (existsSync(cached)) {
      if (await isWholeImage(cached, renderer.size)) return cached;
      await dropDamaged(cached, onDamaged);
    }
    const png = await renderer.draw(renderer.layout(card));
    drawn++;
    await writeWhole(cached, png);
    return cached;
  };
  return {
    file(card) {
      const key = createHash('sha256').update(renderer.version).update(JSON.stringify(card)).digest('hex');
      let file = files.get(key);
      if (!file) {
        file = fill(join(cacheDir, `${key.slice(0, 32)}.png`), card);
        files.set(key, file);
      }
      return file;
    },
    get drawn() {
      return drawn;
    },
    async prune() {
      const used = new Set<string>();
      for (const file of await Promise.allSettled(files.values())) {
        if (file.status === 'fulfilled') used.add(basename(file.value));
      }
      const stale = (await readdir(cacheDir)).filter((name) => name.endsWith('.png') && !used.has(name));
      await Promise.all(stale.map((name) => rm(join(cacheDir, name), { force: true })));
      return stale.length;
    },
  };
}
