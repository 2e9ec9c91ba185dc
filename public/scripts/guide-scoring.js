// @ts-check
/*
 * The decision guide's scoring, written once. The browser loads files in public/scripts/ as they are
 * and cannot import TypeScript, so the algorithm lives here in plain JS (type-checked through
 * JSDoc); src/lib/guide-scoring.ts re-exports it for the site's TypeScript and the unit tests.
 */

/**
 * @typedef {object} ScoredAnswer
 * @property {string} key The answer's letter in a shared `?a=` link.
 * @property {Record<string, number>} points Points the answer adds, by result id.
 */

/**
 * @template {ScoredAnswer} Answer
 * @typedef {object} GuideOutcome
 * @property {string | undefined} result The winning result id; undefined until a question is answered.
 * @property {Record<string, number>} totals Points per result id, in tie order.
 * @property {Answer[]} reasons The reader's answers that added points to the result, in question order.
 * @property {number} answered How many questions have a known answer.
 */

/**
 * Adds up the points of the chosen answers. The highest total wins; a tie goes to the result that
 * comes first in `tieOrder`. Unknown or missing choices count as unanswered.
 *
 * @template {ScoredAnswer} Answer
 * @param {{ questions: readonly { answers: readonly Answer[] }[]; tieOrder: readonly string[] }} guide
 * @param {readonly (string | undefined)[]} choices The chosen answer key per question, in question order.
 * @returns {GuideOutcome<Answer>}
 */
export function scoreAnswers(guide, choices) {
  /** @type {Record<string, number>} */
  const totals = Object.fromEntries(guide.tieOrder.map((id) => [id, 0]));
  /** @type {Answer[]} */
  const chosen = [];
  guide.questions.forEach((question, index) => {
    const answer = question.answers.find((candidate) => candidate.key === choices[index]);
    if (!answer) return;
    chosen.push(answer);
    for (const [id, points] of Object.entries(answer.points)) totals[id] = (totals[id] ?? 0) + points;
  });
  if (chosen.length === 0) return { result: undefined, totals, reasons: [], answered: 0 };
  // Strictly greater only, so the first result in tie order keeps a tie.
  const result = guide.tieOrder.reduce((best, id) => ((totals[id] ?? 0) > (totals[best] ?? 0) ? id : best));
  return {
    result,
    totals,
    reasons: chosen.filter((answer) => (answer.points[result] ?? 0) > 0),
    answered: chosen.length,
  };
}
