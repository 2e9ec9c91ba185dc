/** The roles on a card: "A vs B" chips, or for a row, each role's name above its side of the row. */
import type { Measure } from './font-metrics.ts';
import type { CardRole } from './social-image-spec.ts';
import {
  chip,
  colors,
  columnGap,
  contentWidth,
  lineHeights,
  nameToValue,
  space,
  textLines,
  type CardShape,
} from './card-design.ts';
import { fitTexts, textHeight, type FittedText } from './text-fit.ts';

export const chipHeight = (size: number) => size * lineHeights.chip + 2 * chip.padY;

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

export const chipsHeight = (layout: ChipLayout) =>
  layout.rows.length * chipHeight(layout.size) + (layout.rows.length - 1) * chip.rowGap;

/** The roles as "A vs B" chips, their last row ending at `bottom`. */
export function roleChips(roles: CardRole[], layout: ChipLayout, bottom: number, measure: Measure): CardShape[] {
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
export function roleValues(
  roles: CardRole[],
  height: number,
  bottom: number,
  regular: Measure,
  bold: Measure,
): CardShape[] {
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
