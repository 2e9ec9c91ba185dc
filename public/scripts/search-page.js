// @ts-check
/*
 * The /search/ page: reads ?q= and ?type= from the URL, shows the results, and keeps the URL in
 * step with the field so every search can be shared.
 */
import { connectSearch } from './search-core.js';

const root = /** @type {HTMLElement} */ (document.querySelector('[data-search-page]'));
const input = /** @type {HTMLInputElement} */ (root.querySelector('input[name="q"]'));
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

const run = connectSearch({
  base: root.dataset.base ?? '/',
  input,
  list: /** @type {HTMLElement} */ (root.querySelector('[data-results]')),
  status: /** @type {HTMLElement} */ (root.querySelector('[data-status]')),
  chips: root.querySelector('[data-chips]'),
  type: params.get('type') ?? '',
  dev: root.hasAttribute('data-dev-index'),
  onChange(q, type) {
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(q && { q }), ...(type && { type }) }).toString();
    history.replaceState(null, '', url);
  },
});
root.querySelector('form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  run(input.value);
});
run(input.value);
