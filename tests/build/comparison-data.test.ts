import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, isRedirect } from '../support/dist';

const comparisons = builtPages().filter((page) => /^\/compare\/[^/]+\/$/.test(page.path) && !isRedirect(page));

describe.each(comparisons.map((page) => [page.path, page] as const))('%s as data', (path, page) => {
  const link = (type: string) => page.document.querySelector(`a[type="${type}"]`)?.getAttribute('href') ?? '';
  const rowIds = [...page.document.querySelectorAll('tbody tr')].map((tr) => tr.id);

  it('is linked from the page as CSV and JSON', () => {
    expect(link('text/csv')).toBe(path.replace(/\/$/, '.csv'));
    expect(link('application/json')).toBe(path.replace(/\/$/, '.json'));
  });

  it('has every row, a value per role and the sources, in JSON', () => {
    const json = JSON.parse(readFileSync(fileFor(link('application/json'))!, 'utf8')) as {
      subjects: { id: string }[];
      rows: { id: string; values: Record<string, string>; sources: string[] }[];
      sources: Record<string, { url: string }>;
    };
    expect(json.rows.map((row) => row.id)).toEqual(rowIds);
    for (const row of json.rows) {
      expect(Object.keys(row.values)).toEqual(json.subjects.map((subject) => subject.id));
      for (const id of row.sources) expect(json.sources[id]?.url).toMatch(/^https?:\/\//);
    }
  });

  it('has the same rows in CSV, with a column per role', () => {
    const records = parse(readFileSync(fileFor(link('text/csv'))!, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(records.map((record) => record.id)).toEqual(rowIds);
    const columns = [...page.document.querySelectorAll('thead th')]
      .slice(1)
      .map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    for (const column of columns) expect(records[0]).toHaveProperty(column);
  });
});
