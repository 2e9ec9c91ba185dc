/**
 * Reads what the social cards need from a TrueType font file: character to glyph, advance widths,
 * vertical metrics and glyph outlines as SVG path data. The cards set their text as paths from
 * these outlines, so drawing needs no text engine and gives the same pixels on every machine.
 * Tables: https://learn.microsoft.com/typography/opentype/spec/otff
 */

export interface TrueTypeFont {
  unitsPerEm: number;
  /** Above (positive) and below (negative) the baseline, in font units, from the hhea table. */
  ascender: number;
  descender: number;
  /** Glyph id of a Unicode code point; 0 (the missing-glyph box) when the font lacks it. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advance(glyph: number): number;
  /** The glyph's outline as SVG path data in font units, y pointing up; empty for blank glyphs. */
  outline(glyph: number): string;
}

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

interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}

/** A simple glyph's contours: point flags, then x and y as deltas, each short or long or repeated. */
function simpleContours(view: DataView, at: number, contourCount: number): Point[][] {
  const ends: number[] = [];
  for (let i = 0; i < contourCount; i++) ends.push(view.getUint16(at + 10 + i * 2));
  const pointCount = (ends.at(-1) ?? -1) + 1;
  let offset = at + 10 + contourCount * 2;
  offset += 2 + view.getUint16(offset);
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = view.getUint8(offset++);
    flags.push(flag);
    if (flag & 8) for (let repeat = view.getUint8(offset++); repeat > 0; repeat--) flags.push(flag);
  }
  const readAxis = (shortBit: number, sameBit: number) => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags) {
      if (flag & shortBit) {
        const delta = view.getUint8(offset++);
        value += flag & sameBit ? delta : -delta;
      } else if (!(flag & sameBit)) {
        value += view.getInt16(offset);
        offset += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = readAxis(2, 16);
  const ys = readAxis(4, 32);
  const points = flags.map((flag, i) => ({ x: xs[i] as number, y: ys[i] as number, onCurve: (flag & 1) === 1 }));
  return ends.map((end, i) => points.slice(i === 0 ? 0 : (ends[i - 1] as number) + 1, end + 1));
}

/** Quadratic contours as path data; two off-curve points in a row imply an on-curve one between them. */
function contourPath(points: Point[]): string {
  if (points.length === 0) return '';
  const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, onCurve: true });
  const first = points[0] as Point;
  const last = points.at(-1) as Point;
  const start = first.onCurve ? first : last.onCurve ? last : mid(last, first);
  const rest = first.onCurve ? points.slice(1) : last.onCurve ? points.slice(0, -1) : points;
  let d = `M${start.x} ${start.y}`;
  let control: Point | undefined;
  for (const point of [...rest, start]) {
    if (point.onCurve) {
      d += control ? `Q${control.x} ${control.y} ${point.x} ${point.y}` : `L${point.x} ${point.y}`;
      control = undefined;
    } else {
      if (control) {
        const between = mid(control, point);
        d += `Q${control.x} ${control.y} ${between.x} ${between.y}`;
      }
      control = point;
    }
  }
  return `${d}Z`;
}

export function readTrueType(font: ArrayBuffer | Uint8Array): TrueTypeFont {
  const bytes = font instanceof Uint8Array ? font : new Uint8Array(font);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableOffsets(view);
  const [head, hhea, hmtx, cmap, loca, glyf] = ['head', 'hhea', 'hmtx', 'cmap', 'loca', 'glyf'].map((tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table (a TrueType-outline font is needed)`);
    return offset;
  }) as [number, number, number, number, number, number];
  const longOffsets = view.getInt16(head + 50) === 1;
  const metricCount = view.getUint16(hhea + 34);
  const glyphStart = (glyph: number) =>
    glyf + (longOffsets ? view.getUint32(loca + glyph * 4) : view.getUint16(loca + glyph * 2) * 2);

  function contours(glyph: number, depth = 0): Point[][] {
    const at = glyphStart(glyph);
    if (glyphStart(glyph + 1) === at || depth > 8) return [];
    const contourCount = view.getInt16(at);
    if (contourCount >= 0) return simpleContours(view, at, contourCount);
    // A composite: other glyphs placed with an offset and an optional scale (accented letters).
    const found: Point[][] = [];
    let offset = at + 10;
    for (let more = true; more;) {
      const flags = view.getUint16(offset);
      const component = view.getUint16(offset + 2);
      offset += 4;
      const words = (flags & 1) !== 0;
      const dx = (flags & 2) === 0 ? 0 : words ? view.getInt16(offset) : view.getInt8(offset);
      const dy = (flags & 2) === 0 ? 0 : words ? view.getInt16(offset + 2) : view.getInt8(offset + 1);
      offset += words ? 4 : 2;
      const f2dot14 = () => {
        const value = view.getInt16(offset) / 16384;
        offset += 2;
        return value;
      };
      let [a, b, c, d] = [1, 0, 0, 1];
      if (flags & 8) a = d = f2dot14();
      else if (flags & 0x40) [a, d] = [f2dot14(), f2dot14()];
      else if (flags & 0x80) [a, b, c, d] = [f2dot14(), f2dot14(), f2dot14(), f2dot14()];
      for (const contour of contours(component, depth + 1)) {
        found.push(contour.map((p) => ({ x: a * p.x + c * p.y + dx, y: b * p.x + d * p.y + dy, onCurve: p.onCurve })));
      }
      more = (flags & 0x20) !== 0;
    }
    return found;
  }

  // Every card sets the same few dozen glyphs: each is read from the file once.
  const outlines = new Map<number, string>();
  return {
    unitsPerEm: view.getUint16(head + 18),
    ascender: view.getInt16(hhea + 4),
    descender: view.getInt16(hhea + 6),
    glyphOf: readCmap(view, cmap),
    // Glyphs past the last metric share its advance (monospaced tails).
    advance: (glyph) => view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4),
    outline: (glyph) => {
      let path = outlines.get(glyph);
      if (path === undefined) {
        path = contours(glyph).map(contourPath).join('');
        outlines.set(glyph, path);
      }
      return path;
    },
  };
}
