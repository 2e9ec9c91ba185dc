/*
 * Query understanding, written once in public/scripts/search-query.js (the browser runs it as it
 * is) and re-exported here with its JSDoc types for the site and the unit tests.
 */
export {
  correctedQuery,
  editDistance,
  isKnownWord,
  nearestWord,
  normaliseQuery,
  questionWords,
  similarQuestions,
  stem,
  understandQuery,
  type Lexicon,
  type Term,
  type UnderstoodQuery,
} from '../../../public/scripts/search-query.js';
