/*
 * Every search UI, one chunk: the dialog (opened by the boot script, so it may already hold the
 * reader's first words), the /search/ page and the 404 page's suggestions.
 */
import { baseOf } from './arm-search';
import { connectSearch } from './connect-search';

/** What the dialog shows below its field, added with this code: the page carries only what opening needs. */
const resultsArea = (
  base: string,
) => `<div role="group" aria-label="Filter by type" class="mt-3 flex flex-wrap gap-2" data-chips hidden></div>
<p class="mt-2 text-sm text-muted" role="status" data-status></p>
<ul class="mt-2 overflow-y-auto" data-results></ul>
<p class="mt-2 text-xs text-muted">Arrow keys move through results, Enter opens, Esc closes. <a class="underline" href="${base}search/tips/">Search tips</a></p>`;

export function connectDialog(dialog: HTMLDialogElement): void {
  const base = baseOf(dialog);
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  dialog.firstElementChild?.insertAdjacentHTML('beforeend', resultsArea(base));
  const list = dialog.querySelector<HTMLElement>('[data-results]');
  const status = dialog.querySelector<HTMLElement>('[data-status]');
  if (!input || !list || !status) return;
  const run = connectSearch({
    base,
    input,
    list,
    status,
    chips: dialog.querySelector<HTMLElement>('[data-chips]'),
    dev: dialog.hasAttribute('data-dev-index'),
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Esc in a filled search field only clears it in some browsers; here it always closes.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // Each opening searches what the field holds (typed before this code arrived, or last time).
  new MutationObserver(() => {
    if (dialog.open) void run(input.value);
  }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
  if (input.value) void run(input.value);
}

/** The /search/ page: reads ?q= and ?type=, and keeps the URL in step so every search can be shared. */
export function startSearchPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const list = root.querySelector<HTMLElement>('[data-results]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!input || !list || !status) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const run = connectSearch({
    base: root.dataset.base ?? '/',
    input,
    list,
    status,
    chips: root.querySelector<HTMLElement>('[data-chips]'),
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
    void run(input.value);
  });
  void run(input.value);
}

/** The address as typed; a malformed escape (`%E0%A4%A`) is kept as it is rather than failing. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The 404 page searches for the words of the missing address and offers the best matches. */
export function startNotFound(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const words = decodedPath(location.pathname.slice(base.length))
    .split(/[^\p{L}\p{N}]+/u)
    // Route words say where the page was, not what it was about.
    .filter(
      (word) => word.length > 1 && !['html', 'www', 'articles', 'faq', 'compare', 'tags', 'topics'].includes(word),
    )
    .join(' ');
  const query = root.querySelector<HTMLElement>('[data-query]');
  const list = root.querySelector<HTMLElement>('[data-results]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!words || !query || !list || !status) return;
  const input = document.createElement('input');
  input.value = words;
  root.hidden = false;
  query.textContent = words;
  void connectSearch({ base, input, list, status, limit: 5 })(words);
}
