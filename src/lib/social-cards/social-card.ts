/**
 * The layout of a 1200x630 social image: every shape and line of text placed. Text is wrapped and
 * shrunk here, with the real font's widths, so every line is known to fit before anything is drawn:
 * a title stays within three lines however long it is, and still reads as a small thumbnail in a
 * chat or feed.
 */
import type { Measure } from './font-metrics.ts';
import type { SocialCard } from './social-image-spec.ts';
import {
  cardSize,
  colors,
  contentHeight,
  contentWidth,
  labelSize,
  lineHeights,
  nameToValue,
  space,
  textLines,
  type CardLayout,
  type CardShape,
} from './card-design.ts';
import { chipHeight, chipsHeight, layoutChips, roleChips, roleValues } from './role-chips.ts';
import { fitText, textHeight } from './text-fit.ts';

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
