/*
 * The one module every page loads, after it is shown. Each interactive part's code is a chunk of
 * its own, fetched when the reader reaches for it, or at once on the pages built around it.
 */
import { armCopyControls } from './copy/arm-copy-controls';
import { armSearch, startSearchPages } from './search/arm-search';

armSearch();
startSearchPages();
armCopyControls();
if (document.querySelector('decision-guide, guide-result-reasons')) void import('./guide/define-guide-elements');
