/*
 * Build step: draws the social image (og:image) of every built page into dist/. Which page declares
 * which card comes from the one reading of the built pages (built-site.ts); cards whose content,
 * layout, fonts and renderer are unchanged are placed from a cache instead of drawn.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { site } from '../../lib/content/site.ts';
import { placeFile } from '../cache-files.ts';
import { mapLimited } from '../map-limited.ts';
import type { StepContext } from '../step-context.ts';
import { planImages, type DeclaredImage } from './collect.ts';
import { createRenderer } from './draw.ts';
import { imageStore } from './image-store.ts';

/** The build step: draws or places the images `declared` by the pages, and returns the files written. */
export async function drawSocialImages(
  { root, dist, logger }: StepContext,
  declared: DeclaredImage[],
): Promise<string[]> {
  const started = performance.now();
  // In page order, so an error about two pages sharing an image names the same pair each build.
  const planned = planImages(declared.toSorted((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0)));
  const renderer = await createRenderer(
    pathToFileURL(join(root, 'src/integrations/social-images/fonts/')),
    pathToFileURL(join(root, 'public/favicon.svg')),
    site.name,
  );
  try {
    const cacheDir = join(root, 'node_modules/.cache/social-images/');
    await mkdir(cacheDir, { recursive: true });
    const store = imageStore(renderer, cacheDir, (file) =>
      logger.warn(
        `social images: ${file} in the cache was damaged (not a whole PNG of the card's size); drawing it again`,
      ),
    );
    await mapLimited(planned, 16, async (image) => {
      const target = join(dist, image.file);
      await mkdir(dirname(target), { recursive: true });
      await placeFile(await store.file(image.card), target);
    });
    const pruned = await store.prune();
    logger.info(
      `social images: ${store.drawn} drawn, ${planned.length - store.drawn} from the cache, ` +
        `${Math.round(performance.now() - started)} ms (${pruned} unused removed from the cache)`,
    );
    return planned.map((image) => image.file);
  } finally {
    renderer.close();
  }
}
