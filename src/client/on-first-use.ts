/*
 * The one module every page loads, after it is shown. Each interactive part's code is a chunk of
 * its own, fetched when the reader reaches for it, or at once on the search and 404 pages. (The
 * guide's pages, interactive from the start, load their elements as a module of their own.)
 */
import { armCopyControls } from './copy/arm-copy-controls';
import { armSearch, baseOf, startSearchPages } from './search/arm-search';

armSearch();
startSearchPages();
armCopyControls();
// Opened from a search result: mark the words searched for.
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog && new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight/mark-search-terms').then((highlight) => highlight.markSearchTerms(baseOf(dialog)));
}
