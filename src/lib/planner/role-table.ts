/**
 * One role's published figures at a few workloads, as rows of text: the page's tables and the
 * Markdown twin's are made from this, so they cannot differ.
 */
import { creditText, publishedText, rangeText } from './describe';
import { estimateFigure, estimateRole, type CurrencyGroup, type FigureEstimate } from './estimate';
import type { Currency, PlannerFigure, PlannerRole } from './figure';

export interface RoleTableRow {
  id: string;
  credit: string;
  url: string;
  published: string;
  what: string;
  /** What the figure comes to a month, one cell per workload. */
  cells: string[];
}

export interface RoleTable {
  rows: RoleTableRow[];
  /** The range of each currency a month and for the term, and at the published minimums. */
  summaries: { label: string; cells: string[] }[];
  /** Minimum commitments published without a price, in words. */
  minimums: string[];
}

function cell(estimate: FigureEstimate | undefined): string {
  if (!estimate) return '';
  if (estimate.status === 'salary') return 'full-time salary, not by the hour';
  if (estimate.status === 'hours-unknown') return 'hours not stated';
  if (estimate.status === 'too-small') return `covers at most ${estimate.covers} hours`;
  const notes = [
    estimate.package?.below ? `smallest package, ${estimate.package.from} hours` : '',
    !estimate.package && estimate.raised.hours ? `minimum ${estimate.hoursBilled} hours` : '',
  ].filter(Boolean);
  return `${rangeText(estimate.perMonth, estimate.currency)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function groupCell(group: CurrencyGroup | undefined, field: 'perMonth' | 'term'): string {
  if (!group) return 'no figure for these hours';
  const amount = rangeText(group[field], group.currency);
  if (group.figures.length < 2) return `one figure only: ${amount}`;
  return `${amount} (${group.figures.length} figures, ${group.publishers} publishers)`;
}

export function roleTable(role: PlannerRole, figures: PlannerFigure[], workloads: number[], months: number): RoleTable {
  const own = figures.filter((figure) => figure.role === role.id);
  const rows = own
    .filter((figure) => figure.basis !== 'minimum')
    .map((figure) => ({
      id: figure.id,
      credit: creditText(figure),
      url: figure.source.url,
      published: publishedText(figure),
      what: figure.what,
      cells: workloads.map((hoursPerMonth) => cell(estimateFigure(figure, { hoursPerMonth, months }))),
    }));
  const estimates = workloads.map((hoursPerMonth) => estimateRole(role.id, figures, { hoursPerMonth, months }));
  const currencies = [...new Set(estimates.flatMap((estimate) => estimate.groups.map((group) => group.currency)))];
  const groupAt = (index: number, currency: Currency, groups = estimates[index]?.groups) =>
    groups?.find((group) => group.currency === currency);
  const summaries = currencies.flatMap((currency) => {
    const lines = [
      {
        label: `Range in ${currency}, a month`,
        cells: workloads.map((_, i) => groupCell(groupAt(i, currency), 'perMonth')),
      },
      {
        label: `Range in ${currency}, for ${months} months`,
        cells: workloads.map((_, i) => groupCell(groupAt(i, currency), 'term')),
      },
    ];
    if (estimates.some((estimate) => estimate.atMinimums)) {
      lines.push({
        label: `In ${currency} a month, at the published minimums`,
        cells: estimates.map((estimate, i) =>
          estimate.atMinimums
            ? `${estimate.atMinimums.workload.hoursPerMonth} hours: ${groupCell(groupAt(i, currency, estimate.atMinimums.groups), 'perMonth')}`
            : 'no change',
        ),
      });
    }
    return lines;
  });
  const minimums = own
    .filter((figure) => figure.basis === 'minimum')
    .map((figure) => `${creditText(figure)}, ${publishedText(figure)}`);
  return { rows, summaries, minimums };
}
