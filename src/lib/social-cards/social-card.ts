/**
 * The layout of a 1200x630 social image: every shape and line of text placed. Text is wrapped and
 * shrunk here, with the real font's widths, so every line is known to fit before anything is drawn:
 * a title stays within three lines however long it is, and still reads as a small thumbnail in a
 * chat or feed.
 */
import type { Measure } from './font-metrics';
import type { CardRole, SocialCard } from './social-image-spec';

export const cardSize = { width: 1200, height: 630 } as const;

const colors = { accent: '#0b5cad', dark: '#0f1720', white: '#ffffff', muted: '#4a5865' } as const;
const space = { padX: 72, padTop: 44, padBottom: 40, stripe: 16, footer: 96, labelGap: 16, beforeRoles: 28 };
/** Room for text between the side paddings. */
export const contentWidth = cardSize.width - 2 * space.padX;
/** Room between the top stripe and the footer, inside the paddings. */
export const contentHeight = cardSize.height - space.stripe - space.footer - space.padTop - space.padBottom;
const lineHeights = { label: 1.2, title: 1.12, value: 1.25, chip: 1.2 };
const labelSize = 30;
const chip = { padX: 22, padY: 8, rowGap: 12, vsGap: 18 };
const columnGap = 48;
const nameToValue = 14;

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

export interface TextBox {
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  maxLines: number;
  width: number;
  lineHeight: number;
  /** Height the lines may take; no limit beyond `maxLines` when omitted. */
  height?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/** Greedy word wrap: as many words on each line as fit in `width`. */
export function wrapText(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Shortens `line` to whole words, or characters for a single word, until `line…` fits. */
function ellipsize(line: string, size: number, width: number, measure: Measure): string {
  let cut = line;
  const fits = () => measure(`${cut}…`, size) <= width;
  while (cut.includes(' ') && !fits()) cut = cut.slice(0, cut.lastIndexOf(' '));
  while (cut.length > 1 && !fits()) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.-]+$/, '')}…`;
}

const linesAllowed = (box: TextBox, size: number) =>
  Math.max(1, Math.min(box.maxLines, Math.floor((box.height ?? Infinity) / (size * box.lineHeight))));

/**
 * The largest size at which every text fits the box (one size, so texts side by side match); at the
 * smallest size, overflow is cut with an ellipsis so no text leaves its box.
 */
export function fitTexts(texts: string[], box: TextBox, measure: Measure): FittedText[] {
  for (const size of box.sizes) {
    const wrapped = texts.map((text) => wrapText(text, size, box.width, measure));
    const fits = wrapped.every(
      (lines) => lines.length <= linesAllowed(box, size) && lines.every((line) => measure(line, size) <= box.width),
    );
    if (fits) return wrapped.map((lines) => ({ size, lines }));
  }
  const size = box.sizes.at(-1) ?? 16;
  const allowed = linesAllowed(box, size);
  return texts.map((text) => {
    const lines = wrapText(text, size, box.width, measure);
    const kept = lines.slice(0, allowed);
    const cut = (line: string, index: number) =>
      measure(line, size) > box.width || (index === kept.length - 1 && lines.length > allowed);
    return {
      size,
      lines: kept.map((line, index) => (cut(line, index) ? ellipsize(line, size, box.width, measure) : line)),
    };
  });
}

export function fitText(text: string, box: TextBox, measure: Measure): FittedText {
  return fitTexts([text], box, measure)[0] as FittedText;
}

/** Height of fitted text in pixels. */
export const textHeight = (fitted: FittedText, lineHeight: number) => fitted.lines.length * fitted.size * lineHeight;

type TextStyle = { weight: 400 | 700; color: string; lineHeight: number };

/** One text shape per line of `fitted`, from `y` down. */
function textLines(fitted: FittedText, x: number, y: number, style: TextStyle): CardShape[] {
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

const chipHeight = (size: number) => size * lineHeights.chip + 2 * chip.padY;

/** A role name on a rounded chip; returns the shapes and the chip's width. */
function roleChip(name: string, index: number, size: number, x: number, y: number, measure: Measure) {
  const width = measure(name, size) + 2 * chip.padX;
  const shapes: CardShape[] = [
    // Alternating colours tell the sides apart even where the names blur in a thumbnail.
    {
      kind: 'rect',
      x,
      y,
      width,
      height: chipHeight(size),
      radius: 12,
      fill: index % 2 === 0 ? colors.accent : colors.dark,
    },
    ...textLines({ size, lines: [name] }, x + chip.padX, y + chip.padY, {
      weight: 700,
      color: colors.white,
      lineHeight: lineHeights.chip,
    }),
  ];
  return { shapes, width };
}

export interface ChipLayout {
  size: number;
  /** Role indexes per line; a "vs" goes before every role but the first. */
  rows: number[][];
}

/** The largest chip size that keeps the roles on one line, else the smallest, wrapped between roles. */
export function layoutChips(roles: CardRole[], measure: Measure): ChipLayout {
  const sizes = [34, 30, 26, 22];
  const pack = (size: number) => {
    const rows: number[][] = [];
    let used = 0;
    roles.forEach((role, index) => {
      const vs = index === 0 ? 0 : measure('vs', size) + 2 * chip.vsGap;
      const width = vs + measure(role.name, size) + 2 * chip.padX;
      const row = rows.at(-1);
      if (row && used + width <= contentWidth) {
        row.push(index);
        used += width;
      } else {
        rows.push([index]);
        used = width;
      }
    });
    return rows;
  };
  for (const size of sizes) {
    const rows = pack(size);
    if (rows.length === 1) return { size, rows };
  }
  const size = sizes.at(-1) as number;
  return { size, rows: pack(size) };
}

const chipsHeight = (layout: ChipLayout) =>
  layout.rows.length * chipHeight(layout.size) + (layout.rows.length - 1) * chip.rowGap;

/** The roles as "A vs B" chips, their last row ending at `bottom`. */
function roleChips(roles: CardRole[], layout: ChipLayout, bottom: number, measure: Measure): CardShape[] {
  const shapes: CardShape[] = [];
  const top = bottom - chipsHeight(layout);
  const vsStyle = { weight: 700, color: colors.muted, lineHeight: lineHeights.chip } as const;
  layout.rows.forEach((row, rowIndex) => {
    const y = top + rowIndex * (chipHeight(layout.size) + chip.rowGap);
    let x = space.padX;
    for (const index of row) {
      if (index > 0) {
        shapes.push(...textLines({ size: layout.size, lines: ['vs'] }, x + chip.vsGap, y + chip.padY, vsStyle));
        x += measure('vs', layout.size) + 2 * chip.vsGap;
      }
      const drawn = roleChip(roles[index]?.name ?? '', index, layout.size, x, y, measure);
      shapes.push(...drawn.shapes);
      x += drawn.width;
    }
  });
  return shapes;
}

/** One column per role, all at one size: its name on a chip, then its side of the row. */
function roleValues(roles: CardRole[], height: number, bottom: number, regular: Measure, bold: Measure): CardShape[] {
  const width = (contentWidth - (roles.length - 1) * columnGap) / roles.length;
  const names = fitTexts(
    roles.map((role) => role.name),
    { sizes: [30, 26, 22], maxLines: 1, width: width - 2 * chip.padX, lineHeight: lineHeights.chip },
    bold,
  );
  const nameSize = names[0]?.size ?? 22;
  const values = fitTexts(
    roles.map((role) => role.value ?? ''),
    {
      sizes: [40, 36, 32, 28],
      maxLines: 3,
      width,
      lineHeight: lineHeights.value,
      height: height - chipHeight(nameSize) - nameToValue,
    },
    regular,
  );
  const valueTop = chipHeight(nameSize) + nameToValue;
  const top = bottom - valueTop - Math.max(...values.map((value) => textHeight(value, lineHeights.value)));
  return roles.flatMap((_, index) => {
    const x = space.padX + index * (width + columnGap);
    const value = values[index] as FittedText;
    return [
      ...roleChip(names[index]?.lines.join(' ') ?? '', index, nameSize, x, top, bold).shapes,
      ...textLines(value, x, top + valueTop, { weight: 400, color: colors.dark, lineHeight: lineHeights.value }),
    ];
  });
}

export interface CardOptions {
  /** Widths of the regular and bold faces. */
  measure: { regular: Measure; bold: Measure };
  /** The site's mark, as SVG markup, shown beside its name. */
  logo?: string | undefined;
  siteName: string;
}

/** Smallest room a row card keeps for its values: the role names and two lines at the smallest size. */
const minValuesHeight = chipHeight(22) + nameToValue + 2 * 28 * lineHeights.value;

/** Where everything on one card goes. */
export function socialCardLayout(card: SocialCard, options: CardOptions): CardLayout {
  const { regular, bold } = options.measure;
  const isRow = card.roles.some((role) => role.value);
  const label = card.label
    ? fitText(card.label, { sizes: [labelSize], maxLines: 1, width: contentWidth, lineHeight: lineHeights.label }, bold)
    : undefined;
  const labelHeight = label ? textHeight(label, lineHeights.label) + space.labelGap : 0;
  const chips = isRow || card.roles.length === 0 ? undefined : layoutChips(card.roles, bold);
  const rolesHeight = isRow ? minValuesHeight : chips ? chipsHeight(chips) : 0;
  const title = fitText(
    card.title,
    {
      ...(isRow ? { sizes: [76, 68, 60, 52], maxLines: 2 } : { sizes: [84, 76, 68, 60, 54, 48], maxLines: 3 }),
      width: contentWidth,
      lineHeight: lineHeights.title,
      height: contentHeight - labelHeight - (rolesHeight > 0 ? rolesHeight + space.beforeRoles : 0),
    },
    bold,
  );
  const top = space.stripe + space.padTop;
  const bottom = top + contentHeight;
  const footerTop = cardSize.height - space.footer;
  const valuesHeight = contentHeight - labelHeight - textHeight(title, lineHeights.title) - space.beforeRoles;
  const logoSize = 56;
  const nameX = space.padX + (options.logo ? logoSize + 20 : 0);
  return {
    ...cardSize,
    background: colors.white,
    shapes: [
      { kind: 'rect', x: 0, y: 0, width: cardSize.width, height: space.stripe, fill: colors.accent },
      ...(label
        ? textLines(label, space.padX, top, { weight: 700, color: colors.accent, lineHeight: lineHeights.label })
        : []),
      ...textLines(title, space.padX, top + labelHeight, {
        weight: 700,
        color: colors.dark,
        lineHeight: lineHeights.title,
      }),
      ...(isRow
        ? roleValues(card.roles, valuesHeight, bottom, regular, bold)
        : chips
          ? roleChips(card.roles, chips, bottom, bold)
          : []),
      { kind: 'rect', x: 0, y: footerTop, width: cardSize.width, height: space.footer, fill: colors.dark },
      ...(options.logo
        ? [
            {
              kind: 'svg',
              x: space.padX,
              y: footerTop + (space.footer - logoSize) / 2,
              width: logoSize,
              height: logoSize,
              markup: options.logo,
            } satisfies CardShape,
          ]
        : []),
      ...textLines({ size: 40, lines: [options.siteName] }, nameX, footerTop, {
        weight: 700,
        color: colors.white,
        lineHeight: space.footer / 40,
      }),
    ],
  };
}
