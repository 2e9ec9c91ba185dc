/*
 * Build step: draws the social image (og:image) of every built page into the output. Cards whose
 * content, layout, fonts and renderer are unchanged are copied from a cache instead of redrawn,
 * which keeps repeated builds fast.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../../lib/site';
import { plannedImages, type BuiltPage } from './collect';
import { createRenderer } from './draw';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Only the head says which image a page needs: a thousand page bodies would only take memory. */
function headOf(html: string): string {
  const end = html.indexOf('</head>');
  return end < 0 ? html : html.slice(0, end + '</head>'.length);
}

/** Runs `task` over `items`, `limit` at a time, so every drawing thread always has a card waiting. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export default function socialImages(): AstroIntegration {
  let root: URL;
  let base = '/';
  return {
    name: 'social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const cacheDir = fileURLToPath(new URL('node_modules/.cache/social-images/', root));
        // A few files at a time, so a thousand whole pages are never in memory at once.
        const pages: BuiltPage[] = [];
        await eachLimited(await htmlFiles(outDir), 16, async (file) => {
          pages.push({ file: relative(outDir, file), html: headOf(await readFile(file, 'utf8')) });
        });
        const images = plannedImages(pages, base);
        const renderer = await createRenderer(
          new URL('src/integrations/social-images/fonts/', root),
          new URL('public/favicon.svg', root),
          site.name,
        );
        await mkdir(cacheDir, { recursive: true });
        let drawn = 0;
        const drawStarted = performance.now();
        try {
          await eachLimited(images, 2 * availableParallelism(), async (image) => {
            const layout = renderer.layout(image.card);
            const key = createHash('sha256').update(renderer.version).update(JSON.stringify(layout)).digest('hex');
            const cached = join(cacheDir, `${key.slice(0, 32)}.png`);
            const target = join(outDir, image.file);
            await mkdir(dirname(target), { recursive: true });
            if (!existsSync(cached)) {
              const png = await renderer.draw(layout);
              drawn++;
              // Written aside and renamed, so a build that stops half-way never leaves a broken entry.
              const partial = `${cached}.${process.pid}.tmp`;
              await writeFile(partial, png);
              await rename(partial, cached);
            }
            await copyFile(cached, target);
          });
        } finally {
          renderer.close();
        }
        // Copies from the cache take well under a millisecond, so the loop's time is the drawing's.
        const drawMs = performance.now() - drawStarted;
        const perImage = drawn > 0 ? ` (${Math.round(drawMs / drawn)} ms per drawn image)` : '';
        logger.info(
          `social images: ${drawn} drawn, ${images.length - drawn} from cache, ` +
            `${Math.round(performance.now() - started)} ms${perImage}`,
        );
      },
    },
  };
}
