/* The decision guide's scoring, written once: the guide's pages, the browser and the tests share it. */

export interface ScoredAnswer {
  /** The answer's letter in a shared `?a=` link. */
  key: string;
  /** Points the answer adds, by result id. */
  points: Record<string, number>;
}

export interface GuideOutcome<Answer extends ScoredAnswer> {
  /** The winning result id; undefined until a question is answered. */
  result: string | undefined;
  /** Points per result id, in tie order. */
  totals: Record<string, number>;
  /** The reader's answers that added points to the result, in question order. */
  reasons: Answer[];
  /** How many questions have a known answer. */
  answered: number;
}

/**
 * Adds up the points of the chosen answers (one key per question, in question order). The highest
 * total wins; a tie goes to the result that comes first in `tieOrder`. Unknown or missing choices
 * count as unanswered.
 */
export function scoreAnswers<Answer extends ScoredAnswer>(
  guide: { questions: readonly { answers: readonly Answer[] }[]; tieOrder: readonly string[] },
  choices: readonly (string | undefined)[],
): GuideOutcome<Answer> {
  const totals: Record<string, number> = Object.fromEntries(guide.tieOrder.map((id) => [id, 0]));
  const chosen: Answer[] = [];
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
