/**
 * A plan in the page's URL (`/planner/?roles=obm,va&hours=20&months=3`), so a plan can be shared
 * and reopened. The form's fields carry the same names. Anything missing or invalid falls back to
 * the default, with a note saying so: a link never fails.
 */
import { hoursFromDays, type Workload } from './workload';

export interface Plan {
  roles: string[];
  hours: number;
  /** Days a week, when the reader gave the workload that way; `hours` is then converted from it. */
  days?: number | undefined;
  months: number;
}

export interface PlanDefaults {
  roles: string[];
  hours: number;
  months: number;
}

export const planLimits = {
  hours: { min: 1, max: 200 },
  days: { min: 0.5, max: 5 },
  months: { min: 1, max: 36 },
} as const;

const planParameters = ['roles', 'hours', 'days', 'months'];

/** A number within `limits`, or undefined; whole for hours and months, halves for days. */
function readNumber(value: string, name: keyof typeof planLimits): number | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const step = name === 'days' ? 2 : 1;
  const number = Math.round(Number(value) * step) / step;
  const { min, max } = planLimits[name];
  return number >= min && number <= max ? number : undefined;
}

export function parsePlan(
  query: string | URLSearchParams,
  knownRoles: readonly string[],
  defaults: PlanDefaults,
): { plan: Plan; notes: string[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notes: string[] = [];
  const given = planParameters.some((name) => params.has(name));
  const missing = (name: string, used: string) => {
    if (given) notes.push(`No ${name} given: ${used} used.`);
  };

  const asked = params
    .getAll('roles')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  for (const role of new Set(asked)) {
    if (!knownRoles.includes(role)) notes.push(`Unknown role "${role}" left out.`);
  }
  let roles = knownRoles.filter((role) => asked.includes(role));
  if (roles.length === 0) {
    roles = knownRoles.filter((role) => defaults.roles.includes(role));
    if (asked.length > 0) notes.push('No known role given: the default roles are shown.');
    else missing('roles', 'the default roles');
  }

  const number = (name: keyof typeof planLimits, unit: string): number | undefined => {
    const value = params.get(name);
    if (value === null || value.trim() === '') return undefined;
    const read = readNumber(value, name);
    if (read === undefined) {
      const { min, max } = planLimits[name];
      notes.push(`"${name}=${value}" is not ${unit} between ${min} and ${max}.`);
    }
    return read;
  };
  const days = number('days', 'a number of days a week');
  const hoursGiven = number('hours', 'a number of hours a month');
  const monthsGiven = number('months', 'a number of months');

  let hours = hoursGiven ?? defaults.hours;
  if (days !== undefined) hours = hoursFromDays(days);
  else if (hoursGiven === undefined && !params.get('hours')?.trim())
    missing('hours', `${defaults.hours} hours a month`);
  else if (hoursGiven === undefined) notes.push(`${defaults.hours} hours a month used.`);

  const months = monthsGiven ?? defaults.months;
  if (monthsGiven === undefined && !params.get('months')?.trim()) missing('months', `${defaults.months} months`);
  else if (monthsGiven === undefined) notes.push(`${defaults.months} months used.`);

  return { plan: { roles, hours, days, months }, notes };
}

/** The query string of a plan, without `?`: the form's own field names and order. */
export function planQuery(plan: Plan): string {
  const workload = plan.days !== undefined ? `days=${plan.days}` : `hours=${plan.hours}`;
  return `roles=${plan.roles.join(',')}&${workload}&months=${plan.months}`;
}

export const workloadOf = (plan: Plan): Workload => ({
  hoursPerMonth: plan.hours,
  months: plan.months,
  daysPerWeek: plan.days,
});
