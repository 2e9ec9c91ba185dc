// @ts-check
/*
 * A drawing process of the social image pool: lib/card-svg.ts writes a card's layout as SVG with its
 * text as glyph outlines, resvg rasterises it, lib/png.ts encodes the PNG (faster than resvg's own
 * encoder). All CPU-bound, so draw.ts runs one such process per core. They are processes rather
 * than worker threads because resvg's images (3 MB each) are only freed once JavaScript collects
 * them, which V8 does late, and in worker threads not at all: this process collects after every
 * card (it is started with --expose-gc), so its memory stays flat. Plain JavaScript, since Node
 * loads it directly, without Vite.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg } from '../../lib/social-cards/card-svg.ts';
import { encodeOpaquePng } from '../../lib/social-cards/png.ts';
import { openCardFont } from '../../lib/social-cards/card-font.ts';

/** @type {import('./draw').DrawSetup} */
const setup = JSON.parse(process.argv[2] ?? '{}');
const fonts = { regular: openCardFont(readFileSync(setup.regular)), bold: openCardFont(readFileSync(setup.bold)) };
const collect = /** @type {((options?: { type: 'minor' }) => void) | undefined} */ (globalThis.gc);

process.on('message', (/** @type {import('./draw').DrawJob} */ { id, layout }) => {
  try {
    const image = new Resvg(cardSvg(layout, fonts), { font: { loadSystemFonts: false } }).render();
    process.send?.({ id, png: encodeOpaquePng(image.pixels, image.width, image.height) });
  } catch (error) {
    process.send?.({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  collect?.({ type: 'minor' });
});
