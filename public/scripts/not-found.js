// @ts-check
/* The 404 page searches for the words of the missing address and offers the best matches. */
import { connectSearch } from './search-core.js';

const root = /** @type {HTMLElement} */ (document.querySelector('[data-not-found]'));
const base = root.dataset.base ?? '/';
const words = decodeURIComponent(location.pathname.slice(base.length))
  .split(/[^\p{L}\p{N}]+/u)
  // Route words say where the page was, not what it was about.
  .filter((word) => word.length > 1 && !['html', 'www', 'articles', 'faq', 'compare', 'tags', 'topics'].includes(word))
  .join(' ');

if (words) {
  const input = document.createElement('input');
  input.value = words;
  root.hidden = false;
  const query = /** @type {HTMLElement} */ (root.querySelector('[data-query]'));
  query.textContent = words;
  connectSearch({
    base,
    input,
    list: /** @type {HTMLElement} */ (root.querySelector('[data-results]')),
    status: /** @type {HTMLElement} */ (root.querySelector('[data-status]')),
    limit: 5,
  })(words);
}
