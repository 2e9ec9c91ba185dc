import { z } from 'astro/zod';
import { pastDay } from './dates.ts';

/** What kind of page a source is, so a reader can weigh it: a practitioner's view is not a standard. */
export const sourceKinds = {
  'practitioner-article': 'Practitioner article',
  'training-body': 'Training or professional body',
  'qa-thread': 'Q&A or forum thread',
  standard: 'Standard or certification body',
  podcast: 'Podcast or interview',
  reference: 'Reference work',
} as const;

export type SourceKind = keyof typeof sourceKinds;

/** A page the site takes facts from. Articles, FAQs, roles and every comparison row cite these by id. */
export const sourceSchema = z.object({
  title: z.string().min(5).max(160),
  /** A person where the page names one; otherwise the publisher alone is named. */
  author: z.string().min(2).max(80).optional(),
  publisher: z.string().min(2).max(80),
  url: z.url({ protocol: /^https?$/, error: 'must be the http(s) address a reader can open' }),
  kind: z.enum(Object.keys(sourceKinds) as [SourceKind, ...SourceKind[]]),
  /** When the page was last read for this site: figures are as of this date. */
  read: pastDay('the page was last read'),
  /** What the site takes from it, in a sentence: shown on the sources page. */
  takes: z.string().min(20).max(300),
});

export type Source = z.infer<typeof sourceSchema>;
