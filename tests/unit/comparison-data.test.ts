import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { comparisonCsv, comparisonJson, type ComparisonDataInput } from '../../src/lib/publishing/comparison-data';

const input: ComparisonDataInput = {
  id: 'a-vs-b',
  title: 'A vs B',
  description: 'A test comparison.',
  verdict: 'It depends.',
  url: 'https://example.org/compare/a-vs-b/',
  rowUrl: (id) => `https://example.org/compare/a-vs-b/${id}/`,
  subjects: [
    { id: 'pm', name: 'Project Manager', abbreviation: 'PM' },
    { id: 'obm', name: 'Online Business Manager', abbreviation: 'OBM' },
  ],
  rows: [
    {
      id: 'scope',
      dimension: 'Scope',
      key: true,
      values: { pm: 'Projects, "named" ones', obm: 'All of it,\nday to day' },
      context: 'Context.',
      sources: [{ id: 'src-1' }],
      aliases: [],
    },
  ],
  sources: new Map([
    [
      'src-1',
      {
        title: 'A page',
        publisher: 'example.com',
        url: 'https://example.com/a',
        kind: 'reference',
        read: new Date(),
        takes: 'Facts.',
      },
    ],
  ]),
  reviewed: new Date('2026-11-20'),
};

describe('a comparison as data', () => {
  it('is JSON with the values per role and the sources it cites', () => {
    const json = comparisonJson(input);
    expect(json.rows[0]).toMatchObject({ id: 'scope', values: { pm: 'Projects, "named" ones' }, sources: ['src-1'] });
    expect(json.sources['src-1']).toMatchObject({ url: 'https://example.com/a' });
  });

  it('is CSV a CSV parser reads back, commas, quotes and line breaks included', () => {
    const records = parse(comparisonCsv(input), { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      {
        id: 'scope',
        dimension: 'Scope',
        key: 'yes',
        'Project Manager (PM)': 'Projects, "named" ones',
        'Online Business Manager (OBM)': 'All of it,\nday to day',
        context: 'Context.',
        sources: 'https://example.com/a',
      },
    ]);
  });
});
