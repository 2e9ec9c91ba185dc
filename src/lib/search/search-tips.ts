/*
 * What the search understands, as the /search/tips/ page and its Markdown twin say it. Each example
 * is a search to run; the page links it to /search/?q=...
 */
export interface SearchTip {
  heading: string;
  text: string;
  examples: { q: string; type?: string }[];
}

export const searchTipsCopy = {
  title: 'Search tips',
  description:
    'What the search understands: questions in your own words, role names and abbreviations, spelling help, filters and answers first.',
  intro:
    'Type what you want to know the way you would ask a person. These are the things the search does with it, each with a search to try.',
};

export const searchTips: SearchTip[] = [
  {
    heading: 'Questions in your own words',
    text: 'Words like "what", "can" and "I" are set aside, and your question is compared with the questions each page answers, so a page that answers it comes first even when it words it differently.',
    examples: [{ q: 'can I afford an OBM' }, { q: 'does an OBM do the work' }],
  },
  {
    heading: 'Role names and abbreviations',
    text: 'Any name of a role finds the pages about it, whichever name a page uses: PM or project manager, OBM or online business manager, VA, COO, fractional COO, ops manager, integrator.',
    examples: [{ q: 'ops manager vs OBM' }, { q: 'what does a fractional COO do' }],
  },
  {
    heading: 'The answer first',
    text: 'When one FAQ answer or comparison clearly answers your question, its short answer shows above the results, with who says so, and a link to the whole answer.',
    examples: [{ q: 'how much does an OBM cost' }],
  },
  {
    heading: 'Spelling help',
    text: 'A word the site never uses is matched to the nearest one it does, and "Did you mean" runs the corrected search. A word with nothing near it is named, so you know which word to change.',
    examples: [{ q: 'retainr agreemnt' }, { q: 'onboardin a project manger' }],
  },
  {
    heading: 'Words the site says differently',
    text: 'Some everyday words are searched as the words the pages use: "afford" as cost and budget, "hire" as hiring.',
    examples: [{ q: 'afford a VA' }],
  },
  {
    heading: 'Filters',
    text: 'The buttons under the search field narrow the results to articles, FAQ answers, comparisons or the decision guide, with the number of each. A search link keeps its filter.',
    examples: [{ q: 'retainer', type: 'FAQ' }],
  },
  {
    heading: 'Your words marked on the page',
    text: 'A result opens with the words you searched for marked, scrolled to the first one. "Clear marks" takes them away.',
    examples: [],
  },
];

/** The address of a tip's example search. */
export function exampleSearch(searchPath: string, example: SearchTip['examples'][number]): string {
  const params = new URLSearchParams({ q: example.q, ...(example.type && { type: example.type }) });
  return `${searchPath}?${params.toString()}`;
}
