/**
 * The layout of a 1200x630 social image as a satori element tree. Text is wrapped and shrunk here,
 * with the real font's widths, so every line is known to fit before anything is drawn: a title stays
 * within three lines however long it is, and still reads as a small thumbnail in a chat or feed.
 */
import type { Measure } from './font-metrics';
import type { CardRole, SocialCard } from './social-image-spec';

export const cardSize = { width: 1200, height: 630 } as const;
export const cardFont = 'Liberation Sans';

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

export type CardStyle = Record<string, string | number>;

export interface CardNode {
  type: 'div' | 'img';
  props: { style?: CardStyle; children?: CardNode[] | string; src?: string; width?: number; height?: number };
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

const div = (style: CardStyle, children: CardNode[] | string): CardNode => ({
  type: 'div',
  props: { style, children },
});

function textBlock(fitted: FittedText, lineHeight: number, style: CardStyle): CardNode {
  return div(
    { display: 'flex', flexDirection: 'column', fontSize: fitted.size, lineHeight, ...style },
    fitted.lines.map((line) => div({ display: 'flex', whiteSpace: 'pre' }, line)),
  );
}

const chipHeight = (size: number) => size * lineHeights.chip + 2 * chip.padY;

function roleChip(name: string, index: number, size: number): CardNode {
  return div(
    {
      display: 'flex',
      padding: `${chip.padY}px ${chip.padX}px`,
      borderRadius: 12,
      // Alternating colours tell the sides apart even where the names blur in a thumbnail.
      background: index % 2 === 0 ? colors.accent : colors.dark,
      color: colors.white,
      fontSize: size,
      fontWeight: 700,
      lineHeight: lineHeights.chip,
      whiteSpace: 'pre',
    },
    name,
  );
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

function roleChips(roles: CardRole[], layout: ChipLayout): CardNode {
  const vs = div({ display: 'flex', margin: `0 ${chip.vsGap}px`, color: colors.muted }, 'vs');
  return div(
    { display: 'flex', flexDirection: 'column', gap: chip.rowGap, fontSize: layout.size, fontWeight: 700 },
    layout.rows.map((row) =>
      div(
        { display: 'flex', alignItems: 'center' },
        row.map((index) =>
          div({ display: 'flex', alignItems: 'center' }, [
            ...(index === 0 ? [] : [vs]),
            roleChip(roles[index]?.name ?? '', index, layout.size),
          ]),
        ),
      ),
    ),
  );
}

/** One column per role: its name, then its side of the row, all columns at one size. */
function roleValues(roles: CardRole[], height: number, regular: Measure, bold: Measure): CardNode {
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
  return div(
    { display: 'flex', gap: columnGap },
    roles.map((_, index) =>
      div({ display: 'flex', flexDirection: 'column', width, gap: nameToValue }, [
        div({ display: 'flex' }, [roleChip(names[index]?.lines.join(' ') ?? '', index, nameSize)]),
        textBlock(values[index] as FittedText, lineHeights.value, { color: colors.dark }),
      ]),
    ),
  );
}

export interface CardOptions {
  /** Widths of the regular and bold faces. */
  measure: { regular: Measure; bold: Measure };
  /** The site's mark, as a data URL, shown beside its name. */
  logo?: string | undefined;
  siteName: string;
}

/** Smallest room a row card keeps for its values: the role names and two lines at the smallest size. */
const minValuesHeight = chipHeight(22) + nameToValue + 2 * 28 * lineHeights.value;

/** The element tree satori draws for one card. */
export function socialCardTree(card: SocialCard, options: CardOptions): CardNode {
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
  const valuesHeight = contentHeight - labelHeight - textHeight(title, lineHeights.title) - space.beforeRoles;
  const roles = isRow ? roleValues(card.roles, valuesHeight, regular, bold) : chips && roleChips(card.roles, chips);
  const footer = div(
    {
      display: 'flex',
      alignItems: 'center',
      gap: 20,
      height: space.footer,
      padding: `0 ${space.padX}px`,
      background: colors.dark,
    },
    [
      ...(options.logo
        ? [{ type: 'img', props: { src: options.logo, width: 56, height: 56 } } satisfies CardNode]
        : []),
      div({ display: 'flex', color: colors.white, fontSize: 40, fontWeight: 700 }, options.siteName),
    ],
  );
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: cardSize.width,
      height: cardSize.height,
      background: colors.white,
      fontFamily: cardFont,
    },
    [
      div({ display: 'flex', height: space.stripe, background: colors.accent }, []),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: `${space.padTop}px ${space.padX}px ${space.padBottom}px`,
        },
        [
          ...(label
            ? [
                textBlock(label, lineHeights.label, {
                  color: colors.accent,
                  fontWeight: 700,
                  marginBottom: space.labelGap,
                }),
              ]
            : []),
          textBlock(title, lineHeights.title, { color: colors.dark, fontWeight: 700 }),
          ...(roles ? [div({ display: 'flex', marginTop: 'auto' }, [roles])] : []),
        ],
      ),
      footer,
    ],
  );
}
