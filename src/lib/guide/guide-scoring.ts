/*
 * The guide's scoring is written once, in public/scripts/guide-scoring.js, because the browser runs
 * that file as it is and cannot import TypeScript. Its JSDoc types carry over, so this re-export is
 * fully typed for the site and the unit tests.
 */
export { scoreAnswers } from '../../../public/scripts/guide-scoring.js';
export type { GuideOutcome } from '../../../public/scripts/guide-scoring.js';
