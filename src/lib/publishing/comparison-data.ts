/**
 * A comparison as data: the same rows, values per role and sources as the page, as JSON and as a
 * CSV table (one line per row) for spreadsheets.
 */
import { stringify } from 'csv-stringify/sync';
import type { ComparisonRow } from '../schemas/comparison';
import { referenceId } from '../schemas/reference';
import type { Source } from '../schemas/source';

export interface DataSubject {
  id: string;
  name: string;
  abbreviation: string;
}

export interface ComparisonDataInput {
  id: string;
  title: string;
  description: string;
  verdict: string;
  /** Canonical URL of the comparison page. */
  url: string;
  /** URL of a row's own page. */
  rowUrl: (rowId: string) => string;
  subjects: DataSubject[];
  rows: ComparisonRow[];
  sources: Map<string, Source>;
  reviewed: Date;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function comparisonJson(input: ComparisonDataInput) {
  const cited = [...new Set(input.rows.flatMap((row) => row.sources.map(referenceId)))];
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    verdict: input.verdict,
    url: input.url,
    reviewed: isoDate(input.reviewed),
    subjects: input.subjects,
    rows: input.rows.map((row) => ({
      id: row.id,
      dimension: row.dimension,
      key: row.key,
      values: Object.fromEntries(input.subjects.map((subject) => [subject.id, row.values[subject.id] ?? ''])),
      context: row.context,
      url: input.rowUrl(row.id),
      sources: row.sources.map(referenceId),
    })),
    sources: Object.fromEntries(
      cited.map((id) => {
        const source = input.sources.get(id);
        if (!source) throw new Error(`Comparison ${input.id} cites unknown source "${id}"`);
        return [id, { title: source.title, author: source.author, publisher: source.publisher, url: source.url }];
      }),
    ),
  };
}

/** RFC 4180 CSV (quoted where needed, CRLF line ends) with a header line. */
export function comparisonCsv(input: ComparisonDataInput): string {
  const json = comparisonJson(input);
  const header = [
    'id',
    'dimension',
    'key',
    ...input.subjects.map((s) => `${s.name} (${s.abbreviation})`),
    'context',
    'sources',
  ];
  const lines = json.rows.map((row) => [
    row.id,
    row.dimension,
    row.key ? 'yes' : 'no',
    ...input.subjects.map((subject) => row.values[subject.id] ?? ''),
    row.context,
    row.sources.map((id) => json.sources[id]?.url ?? id).join(' '),
  ]);
  return stringify([header, ...lines], { record_delimiter: 'windows' });
}
