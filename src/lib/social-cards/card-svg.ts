/**
 * A card layout as SVG, with its text set as glyph outlines: each glyph the card uses is defined once
 * and placed with <use>. The rasteriser then needs no fonts or text engine, and the layout's
 * measurements (the same advances, kerning included) are exactly what gets drawn.
 */
import type { CardLayout, CardShape } from './card-design.ts';
import type { CardFont } from './card-font.ts';

export interface CardFonts {
  regular: CardFont;
  bold: CardFont;
}

/** Rounds a position to hundredths of a pixel: finer than the eye can tell, and short to write. */
const n = (value: number) => String(Math.round(value * 100) / 100);

type TextShape = Extract<CardShape, { kind: 'text' }>;

export function cardSvg(layout: CardLayout, fonts: CardFonts): string {
  const defined = new Map<string, string>();
  const glyphRef = (face: CardFont, prefix: string, glyph: number) => {
    const id = `${prefix}${glyph}`;
    if (!defined.has(id)) defined.set(id, face.outline(glyph));
    return defined.get(id) ? id : undefined;
  };

  const text = (shape: TextShape) => {
    const [face, prefix] = shape.weight === 700 ? [fonts.bold, 'b'] : [fonts.regular, 'r'];
    const scale = shape.size / face.unitsPerEm;
    // As CSS does: the font's ascent plus descent, centred in the line box.
    const contentHeight = (face.ascender - face.descender) * scale;
    const baseline = shape.y + (shape.lineHeight - contentHeight) / 2 + face.ascender * scale;
    let advance = 0;
    let uses = '';
    for (const placed of face.layout(shape.text)) {
      const id = glyphRef(face, prefix, placed.glyph);
      if (id) uses += `<use href="#${id}" x="${advance + placed.offset}"/>`;
      advance += placed.advance;
    }
    const transform = `matrix(${scale} 0 0 ${-scale} ${n(shape.x)} ${n(baseline)})`;
    return `<g fill="${shape.color}" transform="${transform}">${uses}</g>`;
  };

  const shape = (item: CardShape) => {
    switch (item.kind) {
      case 'rect': {
        const radius = item.radius ? ` rx="${n(item.radius)}"` : '';
        return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius} fill="${item.fill}"/>`;
      }
      case 'svg':
        // Nested rather than an <image>: a data URL would be parsed as a document of its own on
        // every card, which doubled the drawing time.
        return item.markup
          .trim()
          .replace(
            /^<svg\b/,
            `<svg x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"`,
          );
      case 'text':
        return text(item);
    }
  };

  const body = layout.shapes.map(shape).join('');
  const defs = [...defined].flatMap(([id, d]) => (d ? [`<path id="${id}" d="${d}"/>`] : [])).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
    `viewBox="0 0 ${layout.width} ${layout.height}"><defs>${defs}</defs>` +
    `<rect width="100%" height="100%" fill="${layout.background}"/>${body}</svg>`
  );
}
