/**
 * Hours a month, the planner's one measure of workload. Days a week and "hours a week" in the
 * sources convert with stated assumptions, shown on the page: a day is 8 hours and a month is
 * 52/12 weeks.
 */
import type { IncludedTime } from './figure';

export const hoursPerDay = 8;
export const weeksPerMonth = 52 / 12;

/** What the reader plans: hours a month (or days a week, converted) for a number of months. */
export interface Workload {
  hoursPerMonth: number;
  months: number;
  /** Set when the reader gave days a week; the hours are converted from them. */
  daysPerWeek?: number | undefined;
}

export const hoursFromDays = (daysPerWeek: number): number => Math.round(daysPerWeek * hoursPerDay * weeksPerMonth);

/** The hours a month a fee covers, from the time as the source states it. */
export function includedHoursPerMonth(time: IncludedTime): { from: number; to: number } {
  const perMonth = (value: number) => {
    if (time.unit === 'hours a month') return value;
    if (time.unit === 'hours a week') return Math.round(value * weeksPerMonth);
    return hoursFromDays(value);
  };
  return { from: perMonth(time.from), to: perMonth(time.to) };
}
