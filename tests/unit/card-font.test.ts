import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openCardFont } from '../../src/lib/social-cards/card-font';
import { fontMeasure } from '../../src/lib/social-cards/font-metrics';

const fonts = new URL('../../src/integrations/social-images/fonts/', import.meta.url);
const bytes = readFileSync(new URL('LiberationSans-Bold.ttf', fonts));
const bold = openCardFont(bytes);
const glyphOf = (char: string) => bold.layout(char)[0]?.glyph ?? -1;
const outlineOf = (char: string) => bold.outline(glyphOf(char));
const subpaths = (path: string) => path.match(/M/g)?.length ?? 0;
const units = (text: string) => bold.layout(text).reduce((sum, placed) => sum + placed.advance, 0);

describe('openCardFont', () => {
  it('reads the em size and vertical metrics (Liberation Sans shares Arial metrics)', () => {
    expect([bold.unitsPerEm, bold.ascender, bold.descender]).toEqual([2048, 1854, -434]);
  });
  it('sets known kerning pairs closer than their letters apart', () => {
    for (const pair of ['AV', 'To', 'Wo', 'Ty']) {
      expect(units(pair), pair).toBeLessThan(units(pair[0]!) + units(pair[1]!));
    }
    expect(units('HH')).toBe(2 * units('H'));
  });
  it('maps a character the font lacks to the missing-glyph box, which still takes room', () => {
    expect(glyphOf('\ue000')).toBe(0);
    expect(bold.layout('\ue000')[0]?.advance).toBeGreaterThan(0);
  });
  it('outlines a straight glyph as one closed contour on the baseline', () => {
    expect(outlineOf('I')).toBe('M137 0L137 1409L432 1409L432 0Z');
  });
  it('assembles accented letters from their parts', () => {
    expect(subpaths(outlineOf('é'))).toBe(subpaths(outlineOf('e')) + 1);
  });
  it('gives a blank glyph no outline but still an advance', () => {
    expect(outlineOf(' ')).toBe('');
    expect(bold.layout(' ')[0]?.advance).toBe(569);
  });
});

describe('measuring with kerning', () => {
  it('measures a kerned string narrower than without kerning, as it is drawn', () => {
    const measure = fontMeasure(bold);
    const letters = [...'Toyota AVW'].reduce((sum, char) => sum + measure(char, 100), 0);
    expect(measure('Toyota AVW', 100)).toBeLessThan(letters - 5);
    expect(measure('Toyota AVW', 100)).toBeCloseTo((units('Toyota AVW') / 2048) * 100, 6);
    expect(fontMeasure(bytes)('Toyota AVW', 100)).toBe(measure('Toyota AVW', 100));
  });
});
