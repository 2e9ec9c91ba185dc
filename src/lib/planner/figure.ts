/**
 * The planner's view of the content, as plain data: the page embeds it as JSON for the browser, so
 * it holds no dates or references, only what a reader is shown and the sums need.
 */
import type { Currency, RateBasis } from '../schemas/rate';

export type { Currency };

export interface IncludedTime {
  from: number;
  to: number;
  unit: 'hours a month' | 'hours a week' | 'days a week';
}

export interface Minimum {
  hoursPerMonth?: number | undefined;
  months?: number | undefined;
}

/** Who published a figure, and when we read it. */
export interface FigureSource {
  /** The publisher, or the person and the publisher. */
  name: string;
  url: string;
  /** ISO date the page was read. */
  read: string;
}

/** One published figure: a rate entry with its source. */
export interface PlannerFigure {
  id: string;
  role: string;
  basis: RateBasis;
  what: string;
  asOf?: string | undefined;
  region?: string | undefined;
  /** Prices only (not `minimum`). */
  low?: number | undefined;
  high?: number | undefined;
  orMore?: boolean | undefined;
  currency?: Currency | undefined;
  includes?: IncludedTime | undefined;
  minimum?: Minimum | undefined;
  source: FigureSource;
  /** Counts figures by publisher: one publisher's pages giving one figure count once. */
  publisher: string;
}

export interface PlannerRole {
  id: string;
  name: string;
  abbreviation: string;
  soldBy: 'hour' | 'project' | 'retainer' | 'salary';
  charges: string;
  /** Site path of the article on how the role charges. */
  article: { path: string; title: string };
}
