import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg } from '../../src/lib/social-cards/card-svg';
import type { CardLayout, CardShape } from '../../src/lib/social-cards/card-design';
import { openCardFont } from '../../src/lib/social-cards/card-font';

const fontDir = new URL('../../src/integrations/social-images/fonts/', import.meta.url);
const fonts = {
  regular: openCardFont(readFileSync(new URL('LiberationSans-Regular.ttf', fontDir))),
  bold: openCardFont(readFileSync(new URL('LiberationSans-Bold.ttf', fontDir))),
};
const text = (value: string, x: number, y: number): CardShape => ({
  kind: 'text',
  x,
  y,
  text: value,
  size: 100,
  weight: 700,
  color: '#000000',
  lineHeight: 100,
});
const layout = (shapes: CardShape[]): CardLayout => ({ width: 300, height: 200, background: '#ffffff', shapes });

/** The red channel of each pixel of the drawn SVG, row by row. */
function draw(svg: string) {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return (x: number, y: number) => image.pixels[(y * image.width + x) * 4] as number;
}

describe('cardSvg', () => {
  it('draws text as glyph outlines where the layout puts it', () => {
    // Bold "I" at 100px: its stem spans about x 7-21 from the left edge, from the baseline up to the cap height.
    const pixel = draw(cardSvg(layout([text('I', 100, 50)]), fonts));
    expect(pixel(114, 100)).toBeLessThan(40);
    expect(pixel(95, 100)).toBe(255);
    expect(pixel(130, 100)).toBe(255);
    expect(pixel(114, 40)).toBe(255);
  });

  it('defines each glyph once and places it at every use, advancing along the line', () => {
    const svg = cardSvg(layout([text('III', 0, 0), text('I', 0, 100)]), fonts);
    expect(svg.match(/<path id=/g)).toHaveLength(1);
    expect([...svg.matchAll(/<use href="#b\d+" x="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([
      0, 569, 1138, 0,
    ]);
  });

  it('draws rectangles and a nested logo in their boxes', () => {
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#000"/></svg>';
    const pixel = draw(
      cardSvg(
        layout([
          { kind: 'rect', x: 0, y: 0, width: 50, height: 20, fill: '#000000' },
          { kind: 'svg', x: 200, y: 100, width: 40, height: 40, markup: logo },
        ]),
        fonts,
      ),
    );
    expect([pixel(25, 10), pixel(25, 30)]).toEqual([0, 255]);
    expect([pixel(220, 120), pixel(250, 120), pixel(220, 150)]).toEqual([0, 255, 255]);
  });
});
