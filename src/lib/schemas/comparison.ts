import { z } from 'astro/zod';
import { descriptionSchema } from './article';
import { referenceId } from './reference';
import { movedFromSchema, reviewedSchema, sourcesSchema } from './page-fields';
import { slugSchema } from './slug';
import { pastDay } from './dates';

export const comparisonRowSchema = <Source extends z.ZodType>(source: Source) =>
  z.object({
    /** Stable anchor: shared links point at it, so it never changes when rows are reordered. */
    id: slugSchema,
    dimension: z.string().min(3).max(60),
    /** Key rows are the ones the "key differences" view and the home summary keep. */
    key: z.boolean().default(false),
    /** One cell per subject, keyed by role id. */
    values: z.record(z.string(), z.string().min(2, 'a cell must not be empty')),
    /** A sentence of context, shown on the row's own shareable page. */
    context: z.string().min(20),
    sources: sourcesSchema(source),
    /** Earlier ids of the row: `#old-id` still lands on it and its old row page redirects. */
    aliases: movedFromSchema,
  });

/** A row as pages read it: sources are references, of which pages only need the id. */
export type ComparisonRow = z.infer<ReturnType<typeof comparisonRowSchema<z.ZodType<{ id: string }>>>>;

export const comparisonSchema = <
  Role extends z.ZodType,
  Article extends z.ZodType,
  Faq extends z.ZodType,
  Source extends z.ZodType,
>(refs: {
  role: Role;
  article: Article;
  faq: Faq;
  source: Source;
}) =>
  z
    .object({
      title: z.string().min(10).max(90),
      description: descriptionSchema,
      subjects: z
        .array(refs.role)
        .min(2, 'a comparison needs at least two subjects')
        .max(4, 'a comparison has at most four subjects (wider tables stop being readable on a phone)'),
      verdict: z.string().min(80).max(500),
      rows: z.array(comparisonRowSchema(refs.source)).min(1),
      related: z.array(refs.article).default([]),
      faqs: z.array(refs.faq).default([]),
      published: pastDay('it was published'),
      updated: pastDay('it was last updated').optional(),
      reviewed: reviewedSchema,
      movedFrom: movedFromSchema,
    })
    .superRefine((comparison, ctx) => {
      const subjects = comparison.subjects.map(referenceId);
      const seen = new Set<string>();
      // Old ids keep landing on their row, so no row may claim another's id or old id.
      const rowIds = new Set(comparison.rows.map((row) => row.id));
      const aliases = new Set<string>();
      comparison.rows.forEach((row, index) => {
        const where = `row "${row.id}"`;
        if (seen.has(row.id)) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `${where} is a duplicate row id` });
        }
        seen.add(row.id);
        row.aliases.forEach((alias, a) => {
          if (rowIds.has(alias) || aliases.has(alias)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', index, 'aliases', a],
              message: `${where} has alias "${alias}", which another row already uses`,
            });
          }
          aliases.add(alias);
        });
        for (const subject of subjects) {
          if (!(subject in row.values)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', index, 'values', subject],
              message: `${where} has no value for subject "${subject}"`,
            });
          }
        }
        for (const key of Object.keys(row.values)) {
          if (!subjects.includes(key)) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', index, 'values', key],
              message: `${where} has a value for "${key}", which is not a subject (${subjects.join(', ')})`,
            });
          }
        }
      });
    });

export type ComparisonData = z.infer<ReturnType<typeof comparisonSchema>>;
