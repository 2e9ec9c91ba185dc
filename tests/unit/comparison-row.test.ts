import { describe, expect, it } from 'vitest';
import { rowCard, rowDescription, rowHeading } from '../../src/lib/content/comparison-row';
import type { ComparisonRow } from '../../src/lib/schemas/comparison';

const subjects = [
  { id: 'pm', name: 'Project Manager' },
  { id: 'obm', name: 'Online Business Manager' },
];
const row: ComparisonRow = {
  id: 'number-of-projects',
  dimension: 'Projects at a time',
  key: true,
  values: { pm: 'One to three of your most pressing projects.', obm: 'Everything in the business at once' },
  context: 'A PM goes deep.',
  sources: [{ id: 'indigo-colton-pm-vs-obm' }],
  aliases: [],
};

describe('comparison row page', () => {
  it('names the dimension and both roles in the heading', () => {
    expect(rowHeading(row, subjects)).toBe('Projects at a time: project manager vs online business manager');
  });

  it('tops up a short context sentence with the values to make a usable description', () => {
    const description = rowDescription(row, subjects);
    expect(description.startsWith('A PM goes deep. Project Manager: One to three')).toBe(true);
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it('keeps a long context within 160 characters', () => {
    const long = { ...row, context: `${'A project manager goes deep on a handful of projects '.repeat(5)}.` };
    expect(rowDescription(long, subjects).length).toBeLessThanOrEqual(160);
  });

  it('pictures the dimension with each role and its value', () => {
    expect(rowCard(row, subjects)).toEqual({
      title: 'Projects at a time',
      label: 'Comparison',
      roles: [
        { name: 'Project Manager', value: 'One to three of your most pressing projects.' },
        { name: 'Online Business Manager', value: 'Everything in the business at once' },
      ],
    });
  });
});
