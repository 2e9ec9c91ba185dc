/**
 * What the published figures give for a workload. Each figure is priced on its own terms (its
 * minimums applied, a package matched to its hours), and figures are only ever combined within one
 * currency: nothing is converted.
 */
import type { Currency, PlannerFigure } from './figure';
import { includedHoursPerMonth, type Workload } from './workload';

export interface Range {
  low: number;
  high: number;
  /** The high end is a floor ("$30 or more"). */
  orMore: boolean;
}

/** A figure that prices the workload. */
export interface PricedFigure {
  status: 'priced';
  figure: PlannerFigure;
  currency: Currency;
  hoursBilled: number;
  monthsBilled: number;
  perMonth: Range;
  /** The whole term: `perMonth` times `monthsBilled`. */
  term: Range;
  /** The figure's own minimum raised the hours or the months. */
  raised: { hours: boolean; months: boolean };
  /** A package: the hours a month it covers; `below` when the plan needs less than its smallest. */
  package?: { from: number; to: number; below: boolean };
}

/** A figure shown beside the range but not in it, with the reason. */
export type UnpricedFigure =
  | { status: 'hours-unknown'; figure: PlannerFigure }
  | { status: 'too-small'; figure: PlannerFigure; covers: number }
  | { status: 'salary'; figure: PlannerFigure };

export type FigureEstimate = PricedFigure | UnpricedFigure;

const range = (low: number, high: number, orMore = false): Range => ({ low, high, orMore });
const times = (value: Range, factor: number): Range => range(value.low * factor, value.high * factor, value.orMore);

/** One figure at a workload; undefined for a minimum published without a price. */
export function estimateFigure(figure: PlannerFigure, workload: Workload): FigureEstimate | undefined {
  if (figure.basis === 'minimum') return undefined;
  if (figure.basis === 'salary') return { status: 'salary', figure };
  const { low, high, currency } = figure;
  if (low === undefined || high === undefined || currency === undefined) return undefined;
  const minimumHours = figure.minimum?.hoursPerMonth ?? 0;
  const minimumMonths = figure.minimum?.months ?? 0;
  const monthsBilled = Math.max(workload.months, minimumMonths);
  const raisedMonths = monthsBilled > workload.months;
  const priced = (perMonth: Range, hoursBilled: number, extra: Partial<PricedFigure> = {}): PricedFigure => ({
    status: 'priced',
    figure,
    currency,
    hoursBilled,
    monthsBilled,
    perMonth,
    term: times(perMonth, monthsBilled),
    raised: { hours: hoursBilled > workload.hoursPerMonth, months: raisedMonths },
    ...extra,
  });
  if (figure.basis === 'hourly') {
    const hoursBilled = Math.max(workload.hoursPerMonth, minimumHours);
    return priced(times(range(low, high, figure.orMore ?? false), hoursBilled), hoursBilled);
  }
  if (!figure.includes) return { status: 'hours-unknown', figure };
  const covered = includedHoursPerMonth(figure.includes);
  if (workload.hoursPerMonth > covered.to) return { status: 'too-small', figure, covers: covered.to };
  // Below the smallest package the reader still buys that package, at its lowest published fee.
  const below = workload.hoursPerMonth < covered.from;
  const perMonth = below ? range(low, low) : range(low, high, figure.orMore ?? false);
  return priced(perMonth, Math.max(workload.hoursPerMonth, covered.from), { package: { ...covered, below } });
}

/** The figures of one currency that price the workload, and what they span. */
export interface CurrencyGroup {
  currency: Currency;
  figures: PricedFigure[];
  perMonth: Range;
  term: Range;
  /** Publishers behind the figures: one publisher's figures rest on one source. */
  publishers: number;
  read: { from: string; to: string };
}

function span(values: Range[]): Range {
  const low = Math.min(...values.map((value) => value.low));
  const high = Math.max(...values.map((value) => value.high));
  return range(
    low,
    high,
    values.some((value) => value.orMore && value.high === high),
  );
}

export function groupByCurrency(priced: PricedFigure[]): CurrencyGroup[] {
  const currencies = [...new Set(priced.map((estimate) => estimate.currency))];
  return currencies.map((currency) => {
    const figures = priced.filter((estimate) => estimate.currency === currency);
    const reads = figures.map((estimate) => estimate.figure.source.read).sort();
    return {
      currency,
      figures,
      perMonth: span(figures.map((estimate) => estimate.perMonth)),
      term: span(figures.map((estimate) => estimate.term)),
      publishers: new Set(figures.map((estimate) => estimate.figure.publisher)).size,
      read: { from: reads[0] ?? '', to: reads.at(-1) ?? '' },
    };
  });
}

export interface RoleEstimate {
  role: string;
  workload: Workload;
  groups: CurrencyGroup[];
  /** Figures shown beside the ranges: salaries, fees without hours, packages too small. */
  unpriced: UnpricedFigure[];
  /** Minimum commitments published for the role without a price of their own. */
  minimums: PlannerFigure[];
  /** The same figures at the highest published minimums, when they raise the plan. */
  atMinimums?: { workload: Workload; groups: CurrencyGroup[] } | undefined;
}

function priceAll(figures: PlannerFigure[], workload: Workload) {
  const estimates = figures.flatMap((figure) => estimateFigure(figure, workload) ?? []);
  return {
    groups: groupByCurrency(estimates.filter((estimate): estimate is PricedFigure => estimate.status === 'priced')),
    unpriced: estimates.filter((estimate): estimate is UnpricedFigure => estimate.status !== 'priced'),
  };
}

/** Everything the planner shows for one role at one workload. */
export function estimateRole(role: string, figures: PlannerFigure[], workload: Workload): RoleEstimate {
  const own = figures.filter((figure) => figure.role === role);
  const minimums = own.filter((figure) => figure.basis === 'minimum');
  const { groups, unpriced } = priceAll(own, workload);
  const hours = Math.max(workload.hoursPerMonth, ...minimums.map((figure) => figure.minimum?.hoursPerMonth ?? 0));
  const months = Math.max(workload.months, ...minimums.map((figure) => figure.minimum?.months ?? 0));
  const raised = hours > workload.hoursPerMonth || months > workload.months;
  const atMinimums =
    raised && groups.length > 0
      ? { workload: { hoursPerMonth: hours, months }, groups: priceAll(own, { hoursPerMonth: hours, months }).groups }
      : undefined;
  return { role, workload, groups, unpriced, minimums, atMinimums };
}
