import { z } from 'astro/zod';
import { descriptionSchema } from './article.ts';
import { slugSchema } from './slug.ts';

/** A page of this site, written as content links are: `/articles/x/` or `/compare/x/#row-id`. */
export const sitePathSchema = z
  .string()
  .regex(
    /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
    'must be a site path ending in "/", optionally with an anchor, e.g. "/compare/x/#scope"',
  );

export const guideAnswerSchema = z.object({
  /** The answer's letter in shared links (`?a=`): changing it changes what old links mean. */
  key: z.string().regex(/^[a-z]$/, 'must be one lower-case letter (shared links store it)'),
  label: z.string().min(3).max(100),
  /** Points this answer adds to each result it supports, by result id. */
  points: z
    .record(z.string(), z.number().int().min(1).max(5))
    .refine((points) => Object.keys(points).length > 0, 'must add points to at least one result'),
  /** Shown under a result this answer supports, so it must hold for every result in `points`. */
  reason: z.string().min(20).max(220),
  /** The comparison row or article that backs the reason. */
  link: sitePathSchema,
});

export const guideQuestionSchema = z.object({
  /** The radio group's name. */
  id: slugSchema,
  /** The question's letter in shared links (`?a=2.Ab`): never change it or give it to another question. */
  key: z.string().regex(/^[A-Z]$/, 'must be one upper-case letter (shared links store it)'),
  question: z
    .string()
    .min(10)
    .max(100)
    .refine((question) => question.endsWith('?'), 'must end in "?"'),
  hint: z.string().min(10).max(200).optional(),
  answers: z.array(guideAnswerSchema).min(2).max(5),
});

export const guideResultSchema = z.object({
  id: slugSchema,
  /** Short name in the scoring key, e.g. "PM + VA". */
  label: z.string().min(2).max(12),
  title: z.string().min(5).max(80),
  summary: z.string().min(40).max(320),
  next: z
    .array(z.object({ text: z.string().min(5).max(100), href: sitePathSchema }))
    .min(1)
    .max(3),
});

/**
 * The whole guide in one entry, so the checks below can see questions and results together.
 * Shared links store answers by question key, so questions can be added, reordered or removed.
 */
export const guideSchema = z
  .object({
    title: z.string().min(10).max(90),
    description: descriptionSchema,
    intro: z.string().min(40).max(400),
    questions: z.array(guideQuestionSchema).min(6).max(10),
    /**
     * The question ids in the order that links made before versioned links stored answers, one
     * character each. Frozen: those links are out there. Ids of removed questions stay listed.
     */
    legacyLinkOrder: z.array(slugSchema).min(1),
    results: z.array(guideResultSchema).min(2),
    /** Every result id once; a tie goes to the one listed first. */
    tieOrder: z.array(z.string()),
    /** Why the tie order is what it is, in a sentence shown with the scoring key. */
    tieRule: z.string().min(20).max(300),
  })
  .superRefine((guide, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const resultIds = guide.results.map((result) => result.id);
    const known = new Set(resultIds);
    const listed = `(results: ${resultIds.join(', ')})`;
    const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

    for (const id of duplicates(resultIds)) issue(['results'], `result "${id}" is listed twice`);
    for (const id of duplicates(guide.questions.map((q) => q.id)))
      issue(['questions'], `question "${id}" is listed twice`);
    for (const key of duplicates(guide.questions.map((q) => q.key)))
      issue(['questions'], `question key "${key}" is used twice: each question needs its own letter in shared links`);
    for (const id of duplicates(guide.legacyLinkOrder)) issue(['legacyLinkOrder'], `lists "${id}" twice`);

    const supported = new Set<string>();
    guide.questions.forEach((question, q) => {
      for (const key of duplicates(question.answers.map((a) => a.key))) {
        issue(['questions', q, 'answers'], `question "${question.id}" uses answer key "${key}" twice`);
      }
      question.answers.forEach((answer, a) => {
        for (const id of Object.keys(answer.points)) {
          if (known.has(id)) supported.add(id);
          else issue(['questions', q, 'answers', a, 'points', id], `names no result "${id}" ${listed}`);
        }
      });
    });

    for (const id of duplicates(guide.tieOrder)) issue(['tieOrder'], `lists "${id}" twice`);
    for (const id of guide.tieOrder.filter((id) => !known.has(id))) {
      issue(['tieOrder'], `names no result "${id}" ${listed}`);
    }
    for (const id of resultIds.filter((id) => !guide.tieOrder.includes(id))) {
      issue(['tieOrder'], `leaves out result "${id}": every result needs a place in the tie order`);
    }
    for (const id of resultIds.filter((id) => !supported.has(id))) {
      issue(['results'], `no answer adds points to result "${id}", so no reader can reach it`);
    }
  });

export type Guide = z.infer<typeof guideSchema>;
export type GuideQuestion = z.infer<typeof guideQuestionSchema>;
export type GuideAnswer = z.infer<typeof guideAnswerSchema>;
export type GuideResult = z.infer<typeof guideResultSchema>;
