import type { Table } from 'mdast';
import type { ComparisonRow } from '../schemas/comparison';
import { table } from './nodes';

export interface TableSubject {
  /** Role id, the key of a row's values. */
  id: string;
  name: string;
  abbreviation: string;
}

/** A comparison as a GFM table: a column for the dimension, then one per role, one line per row. */
export function comparisonTable(rows: ComparisonRow[], subjects: TableSubject[]): Table {
  return table([
    ['Dimension', ...subjects.map((subject) => `${subject.name} (${subject.abbreviation})`)],
    ...rows.map((row) => [row.dimension, ...subjects.map((subject) => row.values[subject.id] ?? '')]),
  ]);
}
