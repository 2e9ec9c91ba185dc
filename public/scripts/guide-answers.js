// @ts-check
/*
 * The answers in a shared guide link: `?a=` holds one character per question, in question order,
 * with "-" for a skipped question (trailing skips are dropped). Parsing never fails: a character
 * that is not one of that question's answer keys leaves the question unanswered, and characters
 * beyond the last question are ignored. src/lib/guide-answers.ts re-exports this for TypeScript.
 */

const SKIPPED = '-';

/**
 * @param {{ questions: readonly { answers: readonly { key: string }[] }[] }} guide
 * @param {string | null | undefined} value The raw `a` parameter.
 * @returns {(string | undefined)[]} The answer key per question, undefined where unanswered.
 */
export function parseAnswers(guide, value) {
  const count = guide.questions.length;
  // Cut before splitting so an absurdly long value costs nothing; two code units per character at most.
  const characters = Array.from((value ?? '').slice(0, count * 2)).slice(0, count);
  return guide.questions.map((question, index) => {
    const character = characters[index];
    return question.answers.some((answer) => answer.key === character) ? character : undefined;
  });
}

/**
 * @param {readonly (string | undefined)[]} choices The answer key per question, undefined where unanswered.
 * @returns {string} The `a` parameter; empty when nothing is answered.
 */
export function encodeAnswers(choices) {
  return Array.from(choices, (choice) => choice ?? SKIPPED)
    .join('')
    .replace(new RegExp(`${SKIPPED}+$`), '');
}
