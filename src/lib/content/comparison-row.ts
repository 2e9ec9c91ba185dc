/** The words of a comparison row's own page: its heading, description and social card. */
import type { ComparisonRow } from '../schemas/comparison';
import type { SocialCard } from '../social-cards/social-image-spec';
import { summarize } from './summary';

export interface RowSubject {
  /** Role id, the key of the row's values. */
  id: string;
  name: string;
}

/** "Projects at a time: project manager vs online business manager". */
export function rowHeading(row: ComparisonRow, subjects: RowSubject[]): string {
  return `${row.dimension}: ${subjects.map((subject) => subject.name.toLowerCase()).join(' vs ')}`;
}

/** The context sentence, topped up with the values when it is too short to stand alone in a result. */
export function rowDescription(row: ComparisonRow, subjects: RowSubject[]): string {
  const values = subjects.map((subject) => `${subject.name}: ${row.values[subject.id]?.replace(/[.!?\s]+$/, '')}.`);
  return summarize([row.context, ...values].join(' '));
}

/** The row's picture: the dimension, then each role's side under its name. */
export function rowCard(row: ComparisonRow, subjects: RowSubject[]): SocialCard {
  return {
    title: row.dimension,
    label: 'Comparison',
    roles: subjects.map((subject) => ({ name: subject.name, value: row.values[subject.id] })),
  };
}

/** Alt text that says what the card says. */
export function rowCardAlt(row: ComparisonRow, subjects: RowSubject[]): string {
  return `${row.dimension}. ${subjects.map((subject) => `${subject.name}: ${row.values[subject.id]}`).join(' ')}`;
}
