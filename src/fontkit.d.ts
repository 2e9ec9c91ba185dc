/** The parts of fontkit (which ships no types) that the social cards use. */
declare module 'fontkit' {
  interface Glyph {
    id: number;
    path: { toSVG(): string };
  }
  interface GlyphPosition {
    xAdvance: number;
    xOffset: number;
  }
  interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }
  interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    layout(text: string): GlyphRun;
    getGlyph(id: number): Glyph;
  }
  export function create(buffer: Uint8Array): Font;
}
