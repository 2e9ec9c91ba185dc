/**
 * Text widths from the card font, so a social card can wrap and shrink its text before it is
 * drawn. Kerning is included, as it is when the card sets its text, so measure and drawing agree.
 */
import { openCardFont, type CardFont } from './card-font.ts';

/** Width in pixels of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;

/** A `Measure` for one font: a font file's bytes, or a font already opened. */
export function fontMeasure(font: Uint8Array | CardFont): Measure {
  const face = 'layout' in font ? font : openCardFont(font);
  // Wrapping measures the same words and lines again and again.
  const cache = new Map<string, number>();
  return (text, size) => {
    let units = cache.get(text);
    if (units === undefined) {
      units = face.layout(text).reduce((sum, placed) => sum + placed.advance, 0);
      cache.set(text, units);
    }
    return (units / face.unitsPerEm) * size;
  };
}
