import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMeasure } from '../../src/lib/social-cards/font-metrics';

const fonts = new URL('../../src/integrations/social-images/fonts/', import.meta.url);
const regular = fontMeasure(readFileSync(new URL('LiberationSans-Regular.ttf', fonts)));
const bold = fontMeasure(readFileSync(new URL('LiberationSans-Bold.ttf', fonts)));

describe('fontMeasure', () => {
  it('reads the advance widths of the font (Liberation Sans shares Arial metrics, 2048 units per em)', () => {
    expect(regular(' ', 2048)).toBe(569);
    expect(regular('A', 2048)).toBe(1366);
    expect(regular('é', 2048)).toBe(1139);
    expect(bold('A', 2048)).toBe(1479);
  });

  it('adds up a string and scales with the font size', () => {
    expect(regular('AA', 100)).toBeCloseTo(2 * regular('A', 100));
    expect(regular('Project Manager', 60)).toBeCloseTo(2 * regular('Project Manager', 30));
    expect(bold('Project Manager', 30)).toBeGreaterThan(regular('Project Manager', 30));
  });
});
