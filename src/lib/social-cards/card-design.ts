/**
 * The social cards' design: their size, colours, spacing and type scale, and the shapes a layout
 * is made of. Shared by the card layout and its role chips.
 */
import type { FittedText } from './text-fit.ts';

export const cardSize = { width: 1200, height: 630 } as const;

export const colors = { accent: '#0b5cad', dark: '#0f1720', white: '#ffffff', muted: '#4a5865' } as const;
export const space = { padX: 72, padTop: 44, padBottom: 40, stripe: 16, footer: 96, labelGap: 16, beforeRoles: 28 };
/** Room for text between the side paddings. */
export const contentWidth = cardSize.width - 2 * space.padX;
/** Room between the top stripe and the footer, inside the paddings. */
export const contentHeight = cardSize.height - space.stripe - space.footer - space.padTop - space.padBottom;
export const lineHeights = { label: 1.2, title: 1.12, value: 1.25, chip: 1.2 };
export const labelSize = 30;
export const chip = { padX: 22, padY: 8, rowGap: 12, vsGap: 18 };
export const columnGap = 48;
export const nameToValue = 14;

/** One thing drawn on a card; `y` of a text is the top of its line box, as in CSS. */
export type CardShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; radius?: number }
  /** A small SVG document (the site's logo), scaled into the box. */
  | { kind: 'svg'; x: number; y: number; width: number; height: number; markup: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      weight: 400 | 700;
      color: string;
      /** Height of the line box in pixels; the glyphs sit centred in it. */
      lineHeight: number;
    };

/** A card as absolutely placed shapes, drawn in order over the background. */
export interface CardLayout {
  width: number;
  height: number;
  background: string;
  shapes: CardShape[];
}

export type TextStyle = { weight: 400 | 700; color: string; lineHeight: number };

/** One text shape per line of `fitted`, from `y` down. */
export function textLines(fitted: FittedText, x: number, y: number, style: TextStyle): CardShape[] {
  const lineHeight = fitted.size * style.lineHeight;
  return fitted.lines.map((text, index) => ({
    kind: 'text',
    x,
    y: y + index * lineHeight,
    text,
    size: fitted.size,
    weight: style.weight,
    color: style.color,
    lineHeight,
  }));
}
