/**
 * The font of the social cards, read by fontkit: glyphs and their advances for a run of text,
 * with the font's kerning applied (so "To" and "AV" close up as a typesetter would set them), and
 * each glyph's outline as SVG path data. Measuring and drawing both go through `layout`, so the
 * widths a card is laid out with are the widths it is drawn with.
 */
import * as fontkit from 'fontkit';

export interface PlacedGlyph {
  /** Glyph id; 0 is the font's missing-glyph box, for characters the font lacks. */
  glyph: number;
  /** Distance to the next glyph in font units, kerning included. */
  advance: number;
  /** Shift of this glyph from its pen position, in font units (kerning may move a mark). */
  offset: number;
}

export interface CardFont {
  unitsPerEm: number;
  /** Above (positive) and below (negative) the baseline, in font units. */
  ascender: number;
  descender: number;
  layout(text: string): PlacedGlyph[];
  /** The glyph's outline as SVG path data in font units, y pointing up; empty for blank glyphs. */
  outline(glyph: number): string;
}

export function openCardFont(bytes: Uint8Array): CardFont {
  const font = fontkit.create(bytes);
  const outlines = new Map<number, string>();
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    layout(text) {
      const run = font.layout(text);
      return run.glyphs.map((glyph, index) => ({
        glyph: glyph.id,
        advance: run.positions[index]?.xAdvance ?? 0,
        offset: run.positions[index]?.xOffset ?? 0,
      }));
    },
    outline(glyph) {
      let path = outlines.get(glyph);
      if (path === undefined) {
        path = font.getGlyph(glyph).path.toSVG();
        outlines.set(glyph, path);
      }
      return path;
    },
  };
}
