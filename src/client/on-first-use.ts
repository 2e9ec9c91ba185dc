/*
 * The one module every page loads, after it is shown. Each interactive part's code is a chunk of
 * its own, fetched when the reader reaches for it, or at once on the search and 404 pages. (The
 * guide's pages, interactive from the start, load their elements as a module of their own.)
 */
import { armCopyControls } from './copy/arm-copy-controls';
import { armSearch, startSearchPages } from './search/arm-search';

armSearch();
startSearchPages();
armCopyControls();
