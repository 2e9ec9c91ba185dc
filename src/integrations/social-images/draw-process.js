// @ts-check
/*
 * A drawing process of the social image pool: satori lays a card's element tree out as SVG, resvg
 * rasterises it to PNG. Both are CPU-bound, so draw.ts runs one such process per core. They are
 * processes rather than worker threads because resvg's images (3 MB each) are only freed once
 * JavaScript collects them, which V8 does late, and in worker threads not at all: this process
 * collects after every card (it is started with --expose-gc), so its memory stays flat. Plain
 * JavaScript, since Node loads it directly, without Vite.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {import('./draw').DrawSetup} */
const setup = JSON.parse(process.argv[2] ?? '{}');
const fonts = /** @type {Parameters<typeof satori>[1]['fonts']} */ ([
  { name: setup.fontName, data: readFileSync(setup.regular), weight: 400, style: 'normal' },
  { name: setup.fontName, data: readFileSync(setup.bold), weight: 700, style: 'normal' },
]);
const collect = /** @type {((options?: { type: 'minor' }) => void) | undefined} */ (globalThis.gc);

process.on('message', async (/** @type {import('./draw').DrawJob} */ { id, tree }) => {
  try {
    const svg = await satori(/** @type {Parameters<typeof satori>[0]} */ (tree), {
      width: setup.width,
      height: setup.height,
      fonts,
    });
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: setup.width },
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    process.send?.({ id, png });
  } catch (error) {
    process.send?.({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  collect?.({ type: 'minor' });
});
