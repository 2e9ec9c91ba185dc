import type { Guide } from '../schemas/guide';
import { paths, withBase } from '../content/urls';

/** An answer as the browser scores and explains it. */
export interface PayloadAnswer {
  key: string;
  points: Record<string, number>;
  reason: string;
  href: string;
  source: string;
}

/** What the guide page serialises into #guide-data for <decision-guide>. */
export interface GuidePayload {
  questions: { id: string; key: string; answers: PayloadAnswer[] }[];
  results: {
    id: string;
    label: string;
    title: string;
    summary: string;
    next: { text: string; href: string }[];
    page: string;
  }[];
  tieOrder: string[];
  legacyLinkOrder: string[];
}

/**
 * What the browser needs to score answers and explain the result: the guide without its question
 * texts (they are in the form already), with reason links named and ready for the deploy base.
 */
export function guidePayload(guide: Guide, linkLabels: Map<string, string>, base: string): GuidePayload {
  return {
    questions: guide.questions.map((question) => ({
      id: question.id,
      key: question.key,
      answers: question.answers.map((answer) => ({
        key: answer.key,
        points: answer.points,
        reason: answer.reason,
        href: withBase(answer.link, base),
        source: linkLabels.get(answer.link) ?? answer.link,
      })),
    })),
    results: guide.results.map((result) => ({
      id: result.id,
      label: result.label,
      title: result.title,
      summary: result.summary,
      next: result.next.map((step) => ({ text: step.text, href: withBase(step.href, base) })),
      page: withBase(paths.guideResult(result.id), base),
    })),
    tieOrder: guide.tieOrder,
    legacyLinkOrder: guide.legacyLinkOrder,
  };
}
