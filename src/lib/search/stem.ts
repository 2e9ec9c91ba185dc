/**
 * A word without its inflection, for comparing questions: "hours", "hourly" and "hour" are one
 * word, as are "experienced" and "experience", "becoming" and "become". Pagefind stems the words
 * it indexes; the listed questions are compared here, in the browser, and need the same.
 */
export function stem(word: string): string {
  return word.replace(/(?<=.{3})(?:ings?|ly|ed|es|s)$/, '').replace(/(?<=.{3})e$/, '');
}
