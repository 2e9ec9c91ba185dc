import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTrueType } from '../../src/lib/truetype';

const fonts = new URL('../../src/integrations/social-images/fonts/', import.meta.url);
const bold = readTrueType(readFileSync(new URL('LiberationSans-Bold.ttf', fonts)));
const outlineOf = (char: string) => bold.outline(bold.glyphOf(char.codePointAt(0) ?? 0));
const subpaths = (path: string) => path.match(/M/g)?.length ?? 0;

describe('readTrueType', () => {
  it('reads the em size and vertical metrics (Liberation Sans shares Arial metrics)', () => {
    expect([bold.unitsPerEm, bold.ascender, bold.descender]).toEqual([2048, 1854, -434]);
  });

  it('maps characters to glyphs, and unknown ones to the missing-glyph box', () => {
    expect(bold.glyphOf('A'.codePointAt(0) ?? 0)).toBeGreaterThan(0);
    expect(bold.glyphOf(0xe000)).toBe(0);
  });

  it('outlines a straight glyph as one closed contour on the baseline', () => {
    // Bold "I": a single rectangle from the baseline to the cap height.
    expect(outlineOf('I')).toBe('M137 0L137 1409L432 1409L432 0L137 0Z');
  });

  it('outlines curves with quadratic segments, one subpath per contour', () => {
    const o = outlineOf('o');
    expect(o).toMatch(/^M[^M]*Q[^M]*ZM[^M]*Q[^M]*Z$/);
  });

  it('assembles accented letters from their parts', () => {
    expect(outlineOf('é')).toContain(outlineOf('e'));
    expect(subpaths(outlineOf('é'))).toBe(subpaths(outlineOf('e')) + 1);
  });

  it('gives a blank glyph no outline but still an advance', () => {
    expect(outlineOf(' ')).toBe('');
    expect(bold.advance(bold.glyphOf(32))).toBe(569);
  });
});
