/*
 * The answers in a shared guide link (`?a=`), in a versioned format so links keep their meaning as
 * the guide changes. Version 2 (`2.AbCa`) stores pairs of a question's stable key (upper case) and
 * its answer key (lower case), so questions can be added, reordered or removed. Links made before
 * versioning hold one answer character per question in the order of `legacyLinkOrder` ("-" for a
 * skip). Parsing never fails: what no longer applies is counted, so the page can say the guide
 * changed.
 */

const VERSION = '2.';

export interface LinkedQuestion {
  id: string;
  key: string;
  answers: readonly { key: string }[];
}

export interface LinkedGuide {
  questions: readonly LinkedQuestion[];
  legacyLinkOrder: readonly string[];
}

export interface ParsedAnswers {
  /** The answer key per current question, undefined where unanswered. */
  choices: (string | undefined)[];
  /** How many answers in the link name a question or answer the guide no longer has. */
  stale: number;
}

/** Reads the raw `a` parameter. */
export function parseAnswers(guide: LinkedGuide, value: string | null | undefined): ParsedAnswers {
  // Cut first so an absurdly long value costs nothing: no link holds more than a few pairs.
  const text = (value ?? '').slice(0, VERSION.length + guide.questions.length * 4 + 64);
  const answers = new Map<string, string>();
  let stale = 0;
  const take = (question: LinkedQuestion | undefined, answer: string) => {
    if (question?.answers.some((option) => option.key === answer) && !answers.has(question.id))
      answers.set(question.id, answer);
    else stale += 1;
  };
  if (text.startsWith(VERSION)) {
    for (const [, questionKey, answer] of text.slice(VERSION.length).matchAll(/([A-Z])([a-z])/g)) {
      take(
        guide.questions.find((question) => question.key === questionKey),
        answer as string,
      );
    }
  } else {
    Array.from(text)
      .slice(0, guide.legacyLinkOrder.length)
      .forEach((character, index) => {
        // Only letters were ever answers; anything else in an old link was noise or a skip.
        if (!/^[a-z]$/.test(character)) return;
        const question = guide.questions.find((candidate) => candidate.id === guide.legacyLinkOrder[index]);
        // A letter that was never one of the question's answers is noise, not a change of guide.
        if (question && !question.answers.some((option) => option.key === character)) return;
        take(question, character);
      });
  }
  return { choices: guide.questions.map((question) => answers.get(question.id)), stale };
}

/** The `a` parameter for the answer key per question (undefined where unanswered); empty when nothing is answered. */
export function encodeAnswers(guide: LinkedGuide, choices: readonly (string | undefined)[]): string {
  const pairs = guide.questions
    .map((question, index) => (choices[index] ? `${question.key}${choices[index]}` : ''))
    .join('');
  return pairs ? `${VERSION}${pairs}` : '';
}
