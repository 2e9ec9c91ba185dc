import { z } from 'astro/zod';

/** Currencies as the sources publish them: figures are never converted. */
export const currencies = ['USD', 'GBP', 'EUR', 'AUD'] as const;
export type Currency = (typeof currencies)[number];

/** How much time a monthly fee buys, as the source states it ("10 to 20 hours a week"). */
export const includedTimeSchema = z
  .object({
    from: z.number().positive(),
    to: z.number().positive(),
    unit: z.enum(['hours a month', 'hours a week', 'days a week']),
  })
  .refine((time) => time.to >= time.from, { path: ['to'], message: 'must not be less than `from`' });

/** A minimum the source states: hours a month paid whether used or not, and months committed. */
export const minimumSchema = z
  .object({
    hoursPerMonth: z.number().positive().optional(),
    months: z.number().int().positive().optional(),
  })
  .refine((minimum) => minimum.hoursPerMonth !== undefined || minimum.months !== undefined, {
    message: 'must state `hoursPerMonth`, `months` or both',
  });

/**
 * A published figure an article or FAQ cites, one file each in src/content/rates/: who publishes
 * it (`source`), for which role, and what it is. `basis` says how it is charged:
 * `hourly` and `monthly` are prices, `salary` a full-time employee's pay a year, and `minimum`
 * a provider's minimum commitment published without a price.
 */
export const rateSchema = <Role extends z.ZodType, Source extends z.ZodType>(refs: { role: Role; source: Source }) => {
  const common = {
    role: refs.role,
    /** The page the figure is read from. */
    source: refs.source,
    /** Other pages of the same publisher giving the same figure: the figure counts once. */
    alsoIn: z.array(refs.source).default([]),
    /** What the figure is, as the source frames it ("contract or per-project PMs in the US"). */
    what: z.string().min(10).max(160),
    /** The figure's own date where the source gives one ("2018 survey", "November 2023"). */
    asOf: z.string().min(4).max(40).optional(),
    /** Where the source says the figure applies ("US", "UK"). */
    region: z.string().min(2).max(60).optional(),
  };
  const price = {
    low: z.number().positive(),
    high: z.number().positive(),
    /** "$30 or more": the high figure is a floor, not a ceiling. */
    orMore: z.boolean().default(false),
    currency: z.enum(currencies),
  };
  const highNotBelowLow = (rate: { low: number; high: number }) => rate.high >= rate.low;
  const highIssue = { path: ['high'], message: 'must not be less than `low` (a single figure has low = high)' };
  return z.discriminatedUnion('basis', [
    z
      .object({ basis: z.literal('hourly'), ...common, ...price, minimum: minimumSchema.optional() })
      .refine(highNotBelowLow, highIssue),
    z
      .object({
        basis: z.literal('monthly'),
        ...common,
        ...price,
        /** The time the fee covers; without it the fee cannot be matched to a workload. */
        includes: includedTimeSchema.optional(),
        minimum: minimumSchema.optional(),
      })
      .refine(highNotBelowLow, highIssue),
    z.object({ basis: z.literal('salary'), ...common, ...price }).refine(highNotBelowLow, highIssue),
    z.object({ basis: z.literal('minimum'), ...common, minimum: minimumSchema }),
  ]);
};

export type Rate = z.infer<ReturnType<typeof rateSchema<z.ZodString, z.ZodString>>>;
export type RateBasis = Rate['basis'];
