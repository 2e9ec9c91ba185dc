/**
 * Text widths from a TrueType file, so a social card can wrap and shrink its text before it is
 * drawn. Kerning is left out, as it is when the card sets its text, so measure and drawing agree.
 */
import { readTrueType, type TrueTypeFont } from './truetype.ts';

/** Width in pixels of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;

/** A `Measure` for one font: a font file's bytes, or a font already read. */
export function fontMeasure(font: ArrayBuffer | Uint8Array | TrueTypeFont): Measure {
  const face = 'outline' in font ? font : readTrueType(font);
  const cache = new Map<string, number>();
  return (text, size) => {
    let units = 0;
    for (const char of text) {
      let width = cache.get(char);
      if (width === undefined) {
        width = face.advance(face.glyphOf(char.codePointAt(0) ?? 0));
        cache.set(char, width);
      }
      units += width;
    }
    return (units / face.unitsPerEm) * size;
  };
}
