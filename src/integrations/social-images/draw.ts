/*
 * Draws one card: satori lays the element tree out as SVG (text as paths), resvg rasterises it.
 * Both run offline: fonts are files in this folder, the logo is the site's own favicon.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { fontMeasure } from '../../lib/font-metrics';
import { cardFont, cardSize, socialCardTree, type CardNode, type CardOptions } from '../../lib/social-card';
import type { SocialCard } from '../../lib/social-image-spec';

export interface CardRenderer {
  /** The tree for a card: also what the cache is keyed on, so a layout change redraws. */
  tree(card: SocialCard): CardNode;
  draw(tree: CardNode): Promise<Buffer>;
  /** Library versions and font bytes: anything besides the tree that changes the pixels. */
  version: string;
}

const packageVersion = (name: string) =>
  (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;

export async function createRenderer(fontsDir: URL, logoFile: URL, siteName: string): Promise<CardRenderer> {
  const [regular, bold, logo] = await Promise.all([
    readFile(new URL('LiberationSans-Regular.ttf', fontsDir)),
    readFile(new URL('LiberationSans-Bold.ttf', fontsDir)),
    readFile(logoFile),
  ]);
  const options: CardOptions = {
    measure: { regular: fontMeasure(regular), bold: fontMeasure(bold) },
    logo: `data:image/svg+xml;base64,${logo.toString('base64')}`,
    siteName,
  };
  const fonts = [
    { name: cardFont, data: regular, weight: 400 as const, style: 'normal' as const },
    { name: cardFont, data: bold, weight: 700 as const, style: 'normal' as const },
  ];
  return {
    tree: (card) => socialCardTree(card, options),
    async draw(tree) {
      const svg = await satori(tree, { ...cardSize, fonts });
      // Rendered off the main thread, so the next card's layout overlaps this one's pixels.
      const image = await renderAsync(svg, {
        fitTo: { mode: 'width', value: cardSize.width },
        font: { loadSystemFonts: false },
      });
      return image.asPng();
    },
    version: [
      `satori@${packageVersion('satori')}`,
      `resvg@${packageVersion('@resvg/resvg-js')}`,
      regular.byteLength,
      bold.byteLength,
    ].join(' '),
  };
}
