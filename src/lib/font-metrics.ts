/**
 * Advance widths read straight from a TrueType file, so a social card can wrap and shrink its text
 * before it is drawn (satori lays text out but cannot report whether it fitted). Kerning is left out:
 * it only narrows text, so the measure errs on the wide, safe side.
 * Tables: https://learn.microsoft.com/typography/opentype/spec/otff
 */

/** Width in pixels of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;

function tableOffsets(view: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)));
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

/** Character code -> glyph id, from the Unicode BMP subtable (format 4). */
function readCmap(view: DataView, cmap: number): (code: number) => number {
  const count = view.getUint16(cmap + 2);
  let subtable = -1;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if ((platform === 3 && encoding === 1) || (platform === 0 && encoding === 3)) {
      subtable = cmap + view.getUint32(record + 4);
    }
  }
  if (subtable < 0 || view.getUint16(subtable) !== 4) throw new Error('font has no Unicode BMP cmap (format 4)');
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (code < start) return 0;
      const delta = view.getUint16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** A `Measure` for one font file (TTF/OTF with a format 4 cmap). */
export function fontMeasure(font: ArrayBuffer | Uint8Array): Measure {
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableOffsets(view);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  }) as [number, number, number, number];
  const unitsPerEm = view.getUint16(head + 18);
  const metricCount = view.getUint16(hhea + 34);
  const glyphOf = readCmap(view, cmap);
  // Glyphs past the last metric share its advance (monospaced tails).
  const advance = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4);
  const cache = new Map<string, number>();
  return (text, size) => {
    let units = 0;
    for (const char of text) {
      let width = cache.get(char);
      if (width === undefined) {
        width = advance(glyphOf(char.codePointAt(0) ?? 0));
        cache.set(char, width);
      }
      units += width;
    }
    return (units / unitsPerEm) * size;
  };
}
