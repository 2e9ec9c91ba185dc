import { describe, expect, it } from 'vitest';
import { parsePlan, planQuery } from '../../src/lib/planner/plan-url';

const roles = ['pm', 'obm', 'va', 'fractional-coo'];
const defaults = { roles: ['pm', 'obm'], hours: 20, months: 3 };
const parse = (query: string) => parsePlan(query, roles, defaults);

describe('a plan in the URL', () => {
  it('reads the shared form of a plan', () => {
    expect(parse('?roles=obm,va&hours=20&months=3')).toEqual({
      plan: { roles: ['obm', 'va'], hours: 20, days: undefined, months: 3 },
      notes: [],
    });
  });

  it('reads the form as a browser submits it, roles repeated, in the page order', () => {
    expect(parse('roles=va&roles=pm&hours=12&days=&months=6').plan).toEqual({
      roles: ['pm', 'va'],
      hours: 12,
      days: undefined,
      months: 6,
    });
  });

  it('opens with the defaults and no note when the address has no plan', () => {
    expect(parse('')).toEqual({ plan: { roles: ['pm', 'obm'], hours: 20, days: undefined, months: 3 }, notes: [] });
  });

  it('converts days a week to hours a month at 8 hours a day', () => {
    // 2 days x 8 hours x 52/12 weeks = 69.3 hours.
    expect(parse('roles=fractional-coo&days=2&months=3').plan).toMatchObject({ hours: 69, days: 2 });
  });

  it.each([
    ['roles=ceo,obm&hours=20&months=3', { roles: ['obm'], hours: 20, months: 3 }, /Unknown role "ceo"/],
    ['roles=<script>&hours=20&months=3', { roles: ['pm', 'obm'] }, /No known role/],
    ['roles=obm&hours=abc&months=3', { hours: 20 }, /"hours=abc" is not/],
    ['roles=obm&hours=-5&months=3', { hours: 20 }, /"hours=-5" is not/],
    ['roles=obm&hours=1000&months=3', { hours: 20 }, /between 1 and 200/],
    ['roles=obm&hours=20&months=0', { months: 3 }, /"months=0" is not/],
    ['roles=obm&hours=20&months=2.5e3', { months: 3 }, /"months=2.5e3" is not/],
    ['roles=obm&days=9&months=3', { hours: 20, days: undefined }, /"days=9" is not/],
    ['roles=obm&months=3', { hours: 20 }, /No hours given: 20 hours a month used/],
    ['hours=10', { roles: ['pm', 'obm'], hours: 10, months: 3 }, /No roles given/],
  ])('falls back to the default with a note for %s', (query, expected, note) => {
    const { plan, notes } = parse(query);
    expect(plan).toMatchObject(expected);
    expect(notes.join(' ')).toMatch(note);
  });

  it('writes a plan that reads back the same', () => {
    for (const query of ['roles=obm,va&hours=20&months=3', 'roles=fractional-coo&days=1.5&months=12']) {
      const { plan } = parse(query);
      expect(planQuery(plan)).toBe(query);
      expect(parse(planQuery(plan)).plan).toEqual(plan);
    }
  });
});
