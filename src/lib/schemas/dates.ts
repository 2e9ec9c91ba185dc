import { z } from 'astro/zod';

/**
 * A day as YYYY-MM-DD that has come: a page cannot have been published, reviewed or read after
 * the day it is built. A day's grace, since a date is read at midnight UTC and the author may be ahead.
 */
export const pastDay = (what: string) =>
  z.coerce
    .date({ error: `must be the date ${what} (YYYY-MM-DD)` })
    .refine((date) => date.getTime() <= Date.now() + 24 * 60 * 60 * 1000, {
      message: `is after today: give the date ${what}, not a later one`,
    });
