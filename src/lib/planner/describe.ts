/** The planner's figures in words, the same on the page, in its Markdown twin and in the browser. */
import type { CurrencyGroup, PricedFigure, Range, UnpricedFigure } from './estimate';
import type { Currency, PlannerFigure } from './figure';
import type { Workload } from './workload';

const moneyFormats = new Map<Currency, Intl.NumberFormat>();

export function money(amount: number, currency: Currency): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(Math.round(amount));
}

export function rangeText(range: Range, currency: Currency): string {
  const text =
    range.low === range.high
      ? money(range.low, currency)
      : `${money(range.low, currency)}–${money(range.high, currency)}`;
  return range.orMore ? `${text} or more` : text;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "December 2026" from an ISO date. */
export const readMonth = (iso: string): string => monthYear.format(new Date(`${iso}T00:00:00Z`));

export function readSpan(read: { from: string; to: string }): string {
  const from = readMonth(read.from);
  const to = readMonth(read.to);
  return from === to ? from : `${from} to ${to}`;
}

export function workloadText(workload: Workload): string {
  const hours = `${workload.hoursPerMonth} hours a month`;
  const amount =
    workload.daysPerWeek === undefined ? hours : `${plural(workload.daysPerWeek, 'day')} a week (about ${hours})`;
  return `${amount} for ${plural(workload.months, 'month')}`;
}

const per = { hourly: 'an hour', monthly: 'a month', salary: 'a year' } as const;

/** The figure as its source publishes it: "$30–$62 an hour", "£26–£30 an hour, UK". */
export function publishedText(figure: PlannerFigure): string {
  const parts: string[] = [];
  if (figure.basis === 'minimum') {
    const { hoursPerMonth, months } = figure.minimum ?? {};
    if (hoursPerMonth !== undefined) parts.push(`at least ${hoursPerMonth} hours a month`);
    if (months !== undefined) parts.push(`a minimum of ${plural(months, 'month')}`);
  } else if (figure.low !== undefined && figure.high !== undefined && figure.currency) {
    const price = rangeText({ low: figure.low, high: figure.high, orMore: figure.orMore ?? false }, figure.currency);
    const time = figure.includes
      ? ` for ${figure.includes.from === figure.includes.to ? figure.includes.from : `${figure.includes.from} to ${figure.includes.to}`} ${figure.includes.unit}`
      : '';
    parts.push(`${price} ${per[figure.basis]}${time}`);
  }
  if (figure.region) parts.push(figure.region);
  return parts.join(', ');
}

/** "Zippia, read December 2026" or "APVA (2018 survey), read December 2026". */
export function creditText(figure: PlannerFigure): string {
  const asOf = figure.asOf ? ` (${figure.asOf})` : '';
  return `${figure.source.name}${asOf}, read ${readMonth(figure.source.read)}`;
}

/** What one priced figure comes to: "$600–$1,240 a month, $1,800–$3,720 for 3 months". */
export function pricedText(estimate: PricedFigure): string {
  const { currency } = estimate;
  const notes: string[] = [];
  if (estimate.package?.below) notes.push(`the smallest package covers ${estimate.package.from} hours a month`);
  else if (estimate.raised.hours) notes.push(`its minimum of ${estimate.hoursBilled} hours a month applies`);
  if (estimate.raised.months) notes.push(`its minimum of ${plural(estimate.monthsBilled, 'month')} applies`);
  const extra = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${rangeText(estimate.perMonth, currency)} a month, ${rangeText(estimate.term, currency)} for ${plural(estimate.monthsBilled, 'month')}${extra}`;
}

/** Why a figure is shown but left out of the range. */
export function unpricedText(estimate: UnpricedFigure): string {
  if (estimate.status === 'salary') return 'a full-time salary, for comparison: it does not scale with hours';
  if (estimate.status === 'too-small') return `not in the range: it covers at most ${estimate.covers} hours a month`;
  return 'not in the range: the hours it covers are not stated';
}

/** "$600–$1,240 a month, $1,800–$3,720 for 3 months". */
export function groupAmounts(group: CurrencyGroup, term: string): string {
  return `${rangeText(group.perMonth, group.currency)} a month, ${rangeText(group.term, group.currency)} ${term}`;
}

/** The range of one currency, or, with fewer than two figures, the one figure and why there is no range. */
export function groupText(group: CurrencyGroup, months: number): string {
  const longer = group.figures.some((figure) => figure.monthsBilled > months);
  const term = `for ${plural(months, 'month')}${longer ? ' (longer where a minimum term applies)' : ''}`;
  const amounts = groupAmounts(group, term);
  if (group.figures.length < 2) return `One published figure in ${group.currency} only, so no range: ${amounts}.`;
  return `${amounts}, from ${plural(group.figures.length, 'figure')} by ${plural(group.publishers, 'publisher')}, read ${readSpan(group.read)}.`;
}

/** What the planner rests on, for its note: prices only, each publisher once. */
export function evidenceText(figures: PlannerFigure[]): string {
  const prices = figures.filter((figure) => figure.basis !== 'minimum');
  const reads = figures.map((figure) => figure.source.read).sort();
  const publishers = new Set(prices.map((figure) => figure.publisher)).size;
  return `${plural(prices.length, 'published figure')} from ${plural(publishers, 'publisher')}, read ${readSpan({ from: reads[0] ?? '', to: reads.at(-1) ?? '' })}`;
}
