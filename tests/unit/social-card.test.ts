import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMeasure } from '../../src/lib/social-cards/font-metrics';
import {
  cardSize,
  contentHeight,
  contentWidth,
  type CardLayout,
  type CardShape,
} from '../../src/lib/social-cards/card-design';
import { layoutChips } from '../../src/lib/social-cards/role-chips';
import { socialCardLayout } from '../../src/lib/social-cards/social-card';
import { fitText, wrapText } from '../../src/lib/social-cards/text-fit';
import type { SocialCard } from '../../src/lib/social-cards/social-image-spec';

const fonts = new URL('../../src/integrations/social-images/fonts/', import.meta.url);
const regular = fontMeasure(readFileSync(new URL('LiberationSans-Regular.ttf', fonts)));
const bold = fontMeasure(readFileSync(new URL('LiberationSans-Bold.ttf', fonts)));
const options = { measure: { regular, bold }, siteName: 'PM or OBM?' };
const pmVsObm = [{ name: 'Project Manager' }, { name: 'Online Business Manager' }];

type TextShape = Extract<CardShape, { kind: 'text' }>;

const layoutOf = (card: SocialCard) => socialCardLayout(card, options);
const texts = (layout: CardLayout) => layout.shapes.filter((shape): shape is TextShape => shape.kind === 'text');

/** The title's lines: the bold texts between the label and the roles. */
const titleLines = (card: SocialCard) => texts(layoutOf(card)).filter((t) => t.weight === 700 && t.size >= 48);

const cardOf = (title: string, roles = pmVsObm): SocialCard => ({ title, label: 'Article', roles });

describe('wrapText', () => {
  it('puts as many words on a line as fit', () => {
    const mono = (text: string) => text.length;
    expect(wrapText('one two three four', 1, 9, mono)).toEqual(['one two', 'three', 'four']);
  });
});

describe('fitText', () => {
  const box = { sizes: [80, 60, 40], maxLines: 2, width: 600, lineHeight: 1.1 };

  it('keeps the largest size when the text fits', () => {
    expect(fitText('Hiring', box, bold)).toEqual({ size: 80, lines: ['Hiring'] });
  });

  it('shrinks until the text fits the lines allowed', () => {
    const fitted = fitText('What an online business manager does all week', box, bold);
    expect(fitted.size).toBeLessThan(80);
    expect(fitted.lines.length).toBeLessThanOrEqual(2);
  });

  it('also respects a height limit', () => {
    const fitted = fitText('What an online business manager does', { ...box, height: 100 }, bold);
    expect(fitted.lines.length * fitted.size * 1.1).toBeLessThanOrEqual(100);
  });

  it('cuts what cannot fit at the smallest size with an ellipsis, at a word boundary', () => {
    const fitted = fitText('word '.repeat(80), box, bold);
    expect(fitted.size).toBe(40);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]).toMatch(/word…$/);
    for (const line of fitted.lines) expect(bold(line, 40)).toBeLessThanOrEqual(600);
  });

  it('cuts a single word too long for the line', () => {
    const fitted = fitText('x'.repeat(200), box, bold);
    expect(fitted.lines).toHaveLength(1);
    expect(bold(fitted.lines[0] ?? '', 40)).toBeLessThanOrEqual(600);
  });
});

describe('socialCardLayout', () => {
  it('is a 1200x630 card with the site name', () => {
    const layout = layoutOf(cardOf('Hiring a project manager'));
    expect([layout.width, layout.height]).toEqual([cardSize.width, cardSize.height]);
    expect(texts(layout).map((t) => t.text)).toContain('PM or OBM?');
  });

  it('sets a short title big', () => {
    expect(titleLines(cardOf('Glossary')).map((t) => [t.text, t.size])).toEqual([['Glossary', 84]]);
  });

  it('wraps and shrinks a long title to at most three lines, each within the card', () => {
    const title = 'How a project manager works with your team, your virtual assistant and your contractors';
    const lines = titleLines(cardOf(title));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.map((t) => t.text).join(' ')).toBe(title);
    for (const line of lines) expect(bold(line.text, line.size)).toBeLessThanOrEqual(contentWidth);
  });

  it('keeps an overlong title within three lines and the card height', () => {
    const lines = titleLines(cardOf('An extremely long title that goes on '.repeat(8)));
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)?.text).toMatch(/…$/);
    for (const line of lines) expect(bold(line.text, line.size)).toBeLessThanOrEqual(contentWidth);
    expect(3 * (lines[0]?.size ?? 0) * 1.12).toBeLessThan(contentHeight);
  });

  it('shows the roles compared as "A vs B", left to right on one line', () => {
    const all = texts(layoutOf(cardOf('Hiring')));
    const start = all.findIndex((t) => t.text === 'Project Manager');
    const roles = all.slice(start, start + 3);
    expect(roles.map((t) => t.text)).toEqual(['Project Manager', 'vs', 'Online Business Manager']);
    expect(new Set(roles.map((t) => t.y)).size).toBe(1);
    expect(roles.map((t) => t.x)).toEqual([...roles.map((t) => t.x)].sort((a, b) => a - b));
  });

  it('keeps two roles on one line and wraps four long ones between roles', () => {
    expect(layoutChips(pmVsObm, bold)).toEqual({ size: 34, rows: [[0, 1]] });
    const four = [...pmVsObm, { name: 'Virtual Assistant' }, { name: 'Operations Manager' }];
    const layout = layoutChips(four, bold);
    expect(layout.rows.flat()).toEqual([0, 1, 2, 3]);
    expect(layout.rows.length).toBeGreaterThan(1);
  });

  it('pictures a row: the dimension, then each role with its value at one size', () => {
    const card: SocialCard = {
      title: 'Projects at a time',
      label: 'Comparison',
      roles: [
        { name: 'Project Manager', value: 'One to three of your most pressing projects.' },
        { name: 'Online Business Manager', value: 'None.' },
      ],
    };
    const all = texts(layoutOf(card));
    const words = all.map((t) => t.text);
    expect(words.indexOf('Projects at a time')).toBeLessThan(words.indexOf('Project Manager'));
    expect(words.indexOf('Project Manager')).toBeLessThan(words.indexOf('Online Business Manager'));
    expect(words.join(' ')).toContain('One to three of your most');
    const values = all.filter((t) => t.weight === 400);
    expect(new Set(values.map((t) => t.size)).size).toBe(1);
    expect(values.at(-1)?.text).toBe('None.');
  });

  it('keeps every text inside the card, clear of the footer, and never overlapping another', () => {
    // The longest titles the content really has, set with kerning, beside made-up extremes.
    const contentDir = new URL('../../src/content/', import.meta.url);
    const realTitles = ['articles', 'faqs', 'comparisons']
      .flatMap((folder) =>
        readdirSync(new URL(`${folder}/`, contentDir)).map((name) => {
          const source = readFileSync(new URL(`${folder}/${name}`, contentDir), 'utf8');
          return /^(?:title|question): ["']?(.+?)["']?$/m.exec(source)?.[1] ?? '';
        }),
      )
      .sort((a, b) => b.length - a.length)
      .slice(0, 5);
    expect(realTitles[0]?.length).toBeGreaterThan(60);
    const cards: SocialCard[] = [
      ...realTitles.map((title) => cardOf(title)),
      cardOf('An extremely long title that goes on '.repeat(8)),
      cardOf('Glossary', [...pmVsObm, { name: 'Virtual Assistant' }, { name: 'Operations Manager' }]),
      {
        title: 'A row whose name is long enough to wrap onto a second line',
        label: 'Comparison',
        roles: pmVsObm.map((role) => ({ ...role, value: 'A long answer that keeps going '.repeat(5) })),
      },
    ];
    for (const card of cards) {
      const layout = layoutOf(card);
      const footerTop = layout.height - 96;
      const boxes = texts(layout).map((t) => ({
        ...t,
        right: t.x + (t.weight === 700 ? bold : regular)(t.text, t.size),
        bottom: t.y + t.lineHeight,
      }));
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(layout.width - 72);
        if (box.text !== 'PM or OBM?') expect(box.bottom).toBeLessThanOrEqual(footerTop);
      }
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          const apart = a.right <= b.x || b.right <= a.x || a.bottom <= b.y || b.bottom <= a.y;
          expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
        }
      }
    }
  });
});
