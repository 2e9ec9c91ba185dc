/*
 * Build step: draws the social image (og:image) of every built page into the output. Drawing starts
 * while Astro still renders pages (each page announces its card as it renders), and cards whose
 * content, layout, fonts and renderer are unchanged are copied from a cache instead of redrawn.
 * Which page declares which card comes from the shared reading of the built pages (built-site.ts).
 */
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../../lib/content/site';
import { listenForCards } from '../../lib/social-cards/social-image-spec';
import { sharedBuiltSite, type SharedBuiltSite } from '../built-site';
import { imageFolder, planImages } from './collect';
import { createRenderer, type CardRenderer } from './draw';
import { imageStore, type ImageStore } from './image-store';
import { mapLimited } from '../map-limited';

/**
 * Puts a cached image into dist/ as a hard link where both are on one disk: no bytes are copied
 * (a large site's cards add up to hundreds of megabytes), and no build step writes to an image. A
 * copy elsewhere.
 */
async function place(cached: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

export default function socialImages(builtSite?: SharedBuiltSite): AstroIntegration {
  let root: URL;
  let base = '/';
  let session: { renderer: CardRenderer; store: ImageStore } | undefined;
  return {
    name: 'social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        const renderer = await createRenderer(
          new URL('src/integrations/social-images/fonts/', root),
          new URL('public/favicon.svg', root),
          site.name,
        );
        const cacheDir = fileURLToPath(new URL('node_modules/.cache/social-images/', root));
        await mkdir(cacheDir, { recursive: true });
        const store = imageStore(renderer, cacheDir, (file) =>
          logger.warn(
            `social images: ${file} in the cache was damaged (not a whole PNG of the card's size); drawing it again`,
          ),
        );
        listenForCards((imagePath, card) => {
          // Only a head start: the pass after the build reads every page and reports any error.
          if (imagePath.startsWith(`/${imageFolder}`)) store.file(card).catch(() => {});
        });
        session = { renderer, store };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!session) throw new Error('social images: astro:build:start did not run');
        const { renderer, store } = session;
        listenForCards(undefined);
        const drawnEarly = store.drawn;
        const started = performance.now();
        const output = fileURLToPath(dir);
        try {
          const { images } = await (builtSite ?? sharedBuiltSite(base)).read(dir, logger);
          // In page order, so an error about two pages sharing an image names the same pair each build.
          const declared = images.toSorted((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
          const planned = planImages(declared);
          await mapLimited(planned, 16, async (image) => {
            const target = join(output, image.file);
            await mkdir(dirname(target), { recursive: true });
            await place(await store.file(image.card), target);
          });
          const pruned = await store.prune();
          logger.info(
            `social images: ${store.drawn} drawn, ${Math.max(0, planned.length - store.drawn)} from cache, ` +
              `${Math.round(performance.now() - started)} ms in this step ` +
              `(${drawnEarly} drawn before it, while pages were rendered and indexed; ${pruned} unused removed from the cache)`,
          );
        } finally {
          renderer.close();
          session = undefined;
        }
      },
    },
  };
}
