import { describe, expect, it } from 'vitest';
import { groupText } from '../../src/lib/planner/describe';
import { estimateFigure, estimateRole, type PricedFigure } from '../../src/lib/planner/estimate';
import type { PlannerFigure } from '../../src/lib/planner/figure';

const source = (name: string, read = '2026-12-01') => ({ name, url: `https://example.org/${name}`, read });

function figure(fields: Partial<PlannerFigure> & Pick<PlannerFigure, 'id' | 'basis'>): PlannerFigure {
  return { role: 'obm', what: 'a test figure', source: source(fields.id), publisher: fields.id, ...fields };
}

const priced = (estimate: ReturnType<typeof estimateFigure>): PricedFigure => {
  if (estimate?.status !== 'priced') throw new Error(`not priced: ${estimate?.status}`);
  return estimate;
};

describe('one published figure at a workload', () => {
  it('multiplies an hourly range by the hours a month and by the months', () => {
    const hourly = figure({ id: 'h', basis: 'hourly', low: 30, high: 62, currency: 'USD' });
    const estimate = priced(estimateFigure(hourly, { hoursPerMonth: 20, months: 3 }));
    expect(estimate.perMonth).toEqual({ low: 600, high: 1240, orMore: false });
    expect(estimate.term).toEqual({ low: 1800, high: 3720, orMore: false });
    expect(estimate.raised).toEqual({ hours: false, months: false });
  });

  it("applies the figure's own minimums: a 20-hour minimum raises a 10-hour plan, a 3-month term a 1-month one", () => {
    const withMinimum = figure({
      id: 'm',
      basis: 'hourly',
      low: 70,
      high: 70,
      currency: 'USD',
      minimum: { hoursPerMonth: 20, months: 3 },
    });
    const estimate = priced(estimateFigure(withMinimum, { hoursPerMonth: 10, months: 1 }));
    expect(estimate.hoursBilled).toBe(20);
    expect(estimate.perMonth.low).toBe(1400);
    expect(estimate.monthsBilled).toBe(3);
    expect(estimate.term.high).toBe(4200);
    expect(estimate.raised).toEqual({ hours: true, months: true });
    // Above the minimums nothing is raised.
    expect(priced(estimateFigure(withMinimum, { hoursPerMonth: 30, months: 6 })).term.low).toBe(70 * 30 * 6);
  });

  it('matches a retainer to the hours it includes, never scaling its fee', () => {
    // $2,500-$7,500 for 10 to 20 hours a week: about 43 to 87 hours a month.
    const retainer = figure({
      id: 'r',
      basis: 'monthly',
      low: 2500,
      high: 7500,
      currency: 'USD',
      includes: { from: 10, to: 20, unit: 'hours a week' },
    });
    const within = priced(estimateFigure(retainer, { hoursPerMonth: 60, months: 2 }));
    expect(within.perMonth).toEqual({ low: 2500, high: 7500, orMore: false });
    expect(within.term).toEqual({ low: 5000, high: 15000, orMore: false });
    // Below the smallest package the reader still buys it, at its lowest fee.
    const below = priced(estimateFigure(retainer, { hoursPerMonth: 20, months: 1 }));
    expect(below.perMonth).toEqual({ low: 2500, high: 2500, orMore: false });
    expect(below.package?.below).toBe(true);
    // Above what the package covers it prices nothing.
    expect(estimateFigure(retainer, { hoursPerMonth: 100, months: 1 })).toEqual({
      status: 'too-small',
      figure: retainer,
      covers: 87,
    });
  });

  it('reads days a week in a package as 8-hour days', () => {
    const days = figure({
      id: 'd',
      basis: 'monthly',
      low: 5000,
      high: 15000,
      currency: 'USD',
      includes: { from: 1, to: 3, unit: 'days a week' },
    });
    // One to three days a week is about 35 to 104 hours a month.
    expect(estimateFigure(days, { hoursPerMonth: 104, months: 1 })?.status).toBe('priced');
    expect(estimateFigure(days, { hoursPerMonth: 105, months: 1 })?.status).toBe('too-small');
  });

  it('keeps fees without stated hours, and salaries, out of the sums', () => {
    const fee = figure({ id: 'f', basis: 'monthly', low: 6000, high: 10000, currency: 'USD' });
    const salary = figure({ id: 's', basis: 'salary', low: 150000, high: 250000, currency: 'USD' });
    const minimum = figure({ id: 'n', basis: 'minimum', minimum: { hoursPerMonth: 20 } });
    expect(estimateFigure(fee, { hoursPerMonth: 20, months: 3 })?.status).toBe('hours-unknown');
    expect(estimateFigure(salary, { hoursPerMonth: 20, months: 3 })?.status).toBe('salary');
    expect(estimateFigure(minimum, { hoursPerMonth: 20, months: 3 })).toBeUndefined();
  });
});

describe('a role at a workload', () => {
  const va = [
    figure({ id: 'uk-a', role: 'va', basis: 'hourly', low: 26, high: 30, currency: 'GBP', publisher: 'A' }),
    figure({ id: 'uk-b', role: 'va', basis: 'hourly', low: 25, high: 30, currency: 'GBP', publisher: 'B' }),
    figure({ id: 'off', role: 'va', basis: 'hourly', low: 3, high: 3, currency: 'USD', publisher: 'C' }),
    figure({ id: 'us', role: 'va', basis: 'hourly', low: 30, high: 30, orMore: true, currency: 'USD', publisher: 'C' }),
    figure({ id: 'pm', role: 'pm', basis: 'hourly', low: 100, high: 200, currency: 'USD' }),
  ];

  it('keeps currencies apart and spans each one, never converting', () => {
    const estimate = estimateRole('va', va, { hoursPerMonth: 10, months: 2 });
    const gbp = estimate.groups.find((group) => group.currency === 'GBP');
    const usd = estimate.groups.find((group) => group.currency === 'USD');
    expect(gbp?.perMonth).toEqual({ low: 250, high: 300, orMore: false });
    expect(gbp?.term).toEqual({ low: 500, high: 600, orMore: false });
    expect(gbp?.publishers).toBe(2);
    // "$30 or more" makes the top of the range a floor; one publisher's two figures count once.
    expect(usd?.perMonth).toEqual({ low: 30, high: 300, orMore: true });
    expect(usd?.figures).toHaveLength(2);
    expect(usd?.publishers).toBe(1);
    expect(groupText(usd!, 2)).toContain('$30–$300 or more a month');
  });

  it('says so instead of showing a range when a currency rests on one figure', () => {
    const [only] = estimateRole('pm', va, { hoursPerMonth: 10, months: 1 }).groups;
    expect(only?.figures).toHaveLength(1);
    expect(groupText(only!, 1)).toMatch(/^One published figure in USD only, so no range: \$1,000–\$2,000 a month/);
  });

  it("prices the plan again at the role's published minimums when they raise it", () => {
    const obm = [
      figure({ id: 'hourly', basis: 'hourly', low: 70, high: 70, currency: 'USD' }),
      figure({ id: 'min-a', basis: 'minimum', minimum: { hoursPerMonth: 20 } }),
      figure({ id: 'min-b', basis: 'minimum', minimum: { hoursPerMonth: 20, months: 3 } }),
    ];
    const small = estimateRole('obm', obm, { hoursPerMonth: 10, months: 1 });
    expect(small.groups[0]?.perMonth.low).toBe(700);
    expect(small.minimums.map((minimum) => minimum.id)).toEqual(['min-a', 'min-b']);
    expect(small.atMinimums?.workload).toEqual({ hoursPerMonth: 20, months: 3 });
    expect(small.atMinimums?.groups[0]?.perMonth.low).toBe(1400);
    expect(small.atMinimums?.groups[0]?.term.low).toBe(4200);
    // A plan already above every minimum is not priced twice.
    expect(estimateRole('obm', obm, { hoursPerMonth: 40, months: 6 }).atMinimums).toBeUndefined();
  });
});
