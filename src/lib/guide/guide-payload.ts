import type { GuidePayload } from '../../../public/scripts/guide.js';
import type { Guide } from '../schemas/guide';
import { paths, withBase } from '../content/urls';

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
