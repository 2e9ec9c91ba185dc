import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropDamaged, filesUnder, placeTree, renameWhole } from './cache-files.ts';

/** Written last into a cached index: how many files it holds, so a copy cut short is never used. */
const completeMarker = '.complete.json';

/**
 * The search index of the last build, kept under its key (`searchIndexKey`): a site has one set
 * of pages at a time, so one index is kept. Its files are hard-linked in and out (a copy across
 * disks): thousands of small files, which linking places in a fraction of the time copying takes.
 */
export function searchIndexCache(
  cacheDir: string,
  /** Told of a cached index found damaged, which is then dropped. */
  onDamaged: (entry: string) => void = () => {},
) {
  return {
    /** Whether any index is kept: without one (a first build, a cache cleared) none can be placed. */
    holdsAny(): boolean {
      return existsSync(cacheDir) && readdirSync(cacheDir).length > 0;
    },
    /** Places the index made under `key` into `output`; false when there is none, or none whole. */
    async restore(key: string, output: string): Promise<boolean> {
      const entry = join(cacheDir, key);
      if (!existsSync(entry)) return false;
      try {
        const { files } = JSON.parse(await readFile(join(entry, completeMarker), 'utf8')) as { files: unknown };
        if (files === (await filesUnder(entry, completeMarker)).length) {
          await placeTree(entry, output, completeMarker);
          return true;
        }
      } catch {
        // An unreadable marker is damage too.
      }
      await dropDamaged(entry, onDamaged);
      return false;
    },
    /** Keeps the index in `output` under `key`, in place of any other. */
    async store(key: string, output: string): Promise<void> {
      await rm(cacheDir, { recursive: true, force: true });
      await mkdir(cacheDir, { recursive: true });
      const partial = join(cacheDir, `${key}.${process.pid}.tmp`);
      await placeTree(output, partial);
      await writeFile(join(partial, completeMarker), JSON.stringify({ files: (await filesUnder(partial)).length }));
      await renameWhole(partial, join(cacheDir, key));
    },
  };
}
