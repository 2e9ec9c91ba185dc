// @ts-check
/*
 * The search dialog, loaded the first time the reader uses the header search field or presses
 * Ctrl/Cmd+K or "/". Without JavaScript the header field is a plain GET form to /search/.
 */
import { connectSearch, loadPagefind } from './search-core.js';

/** @type {HTMLElement | null} */
let opener = null;

/** @param {string} base @param {boolean} dev */
function createDialog(base, dev) {
  const element = document.createElement('dialog');
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  element.className =
    'm-0 h-full max-h-none w-full max-w-none bg-page p-0 text-ink backdrop:bg-black/50 sm:mx-auto sm:mt-16 sm:h-auto sm:max-h-[80vh] sm:max-w-2xl sm:rounded-lg sm:border sm:border-line';
  element.innerHTML = `<div class="flex max-h-full flex-col p-4 sm:max-h-[80vh]">
  <div class="mb-3 flex items-center justify-between gap-2"><h2 id="search-dialog-title" class="font-bold">Search</h2><button type="button" data-close class="rounded-md border border-line px-3 py-1 text-sm">Close<span class="sr-only"> search</span></button></div>
  <form role="search" method="get" action="${base}search/">
    <label for="search-dialog-input" class="sr-only">Search the site</label>
    <input id="search-dialog-input" name="q" type="search" autocomplete="off" placeholder="Ask a question, e.g. does an OBM do the work?" class="w-full rounded-md border border-line bg-surface px-3 py-2 text-ink">
  </form>
  <div role="group" aria-label="Filter by type" class="mt-3 flex flex-wrap gap-2" data-chips hidden></div>
  <p class="mt-2 text-sm text-muted" role="status" data-status></p>
  <ul class="mt-2 overflow-y-auto" data-results></ul>
  <p class="mt-2 text-xs text-muted">Arrow keys move through results, Enter opens, Esc closes.</p>
</div>`;
  document.body.append(element);
  const input = /** @type {HTMLInputElement} */ (element.querySelector('input'));
  const run = connectSearch({
    base,
    input,
    list: /** @type {HTMLElement} */ (element.querySelector('[data-results]')),
    status: /** @type {HTMLElement} */ (element.querySelector('[data-status]')),
    chips: element.querySelector('[data-chips]'),
    dev,
  });
  element.querySelector('[data-close]')?.addEventListener('click', () => element.close());
  // A click on the backdrop lands on the dialog element itself.
  element.addEventListener('click', (event) => event.target === element && element.close());
  // Esc in a filled search field only clears it in some browsers; here it always closes.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    element.close();
  });
  element.addEventListener('close', () => opener?.focus());
  return { element, input, run };
}

/** @type {ReturnType<typeof createDialog> | undefined} */
let search;

/** @param {HTMLInputElement} field the header search field */
export default function openSearch(field) {
  opener = field;
  const base = field.dataset.pagefindBase ?? '/';
  // Start the index and its WebAssembly while the reader types the first word.
  // A failure to load is reported to the reader by the search itself.
  loadPagefind(base).then(
    (pagefind) => pagefind.init?.(),
    () => {},
  );
  search ??= createDialog(base, field.hasAttribute('data-dev-index'));
  if (field.value && !search.input.value) search.input.value = field.value;
  if (!search.element.open) search.element.showModal();
  search.input.focus();
  search.run(search.input.value);
}
