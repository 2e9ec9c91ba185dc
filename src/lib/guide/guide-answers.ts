/*
 * Reading and writing the answers in a shared guide link (`?a=`). Written once, in
 * public/scripts/guide-answers.js, which the browser runs as it is; re-exported here with its
 * JSDoc types for the site and the unit tests.
 */
export { encodeAnswers, parseAnswers } from '../../../public/scripts/guide-answers.js';
