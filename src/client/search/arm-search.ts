/*
 * The search code, loaded on intent: a pointer on the header field, focus in it, the shortcut, or a
 * dialog already opened by the boot script. The first key then finds Pagefind on its way.
 */
import { loadLexicon, loadPagefind } from './pagefind';

/** The deploy base, read from the dialog's search form (its action is `<base>search/`). */
export const baseOf = (dialog: HTMLDialogElement): string =>
  (dialog.querySelector('form[role="search"]')?.getAttribute('action') ?? '/search/').replace(/search\/$/, '');

const dialogOf = () => document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

let started = false;

function loadSearch(): void {
  const dialog = dialogOf();
  if (started || !dialog) return;
  started = true;
  // Pagefind (with its WebAssembly) and the lexicon come in parallel with the dialog's code, not
  // after it; a failure to load is reported by the search itself.
  const base = baseOf(dialog);
  loadPagefind(base).then(
    (pagefind) => pagefind.init?.(),
    () => {},
  );
  // Pagefind asks for its WebAssembly only once its script and entry file are in, two round trips
  // later; fetched now, it comes from the HTTP cache (_headers lets /pagefind/ be kept an hour).
  void fetch(`${base}pagefind/wasm.${document.documentElement.lang || 'unknown'}.pagefind`).catch(() => {});
  void loadLexicon(base);
  void import('./search-ui').then((search) => search.connectDialog(dialog));
}

export function armSearch(): void {
  const field = document.querySelector('[data-search-open]');
  for (const type of ['pointerdown', 'focusin', 'input']) field?.addEventListener(type, loadSearch, { once: true });
  addEventListener('keydown', (event) => {
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || event.key === '/') loadSearch();
  });
  // The boot script opened it before this module arrived; what was typed waits in its field.
  if (dialogOf()?.open) loadSearch();
  dialogOf()?.addEventListener('focusin', loadSearch, { once: true });
}

/** The pages that search as they open: /search/ and the 404 page. */
export function startSearchPages(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) void import('./search-ui').then((search) => search.startSearchPage(page));
  const notFound = document.querySelector<HTMLElement>('[data-not-found]');
  if (notFound) void import('./search-ui').then((search) => search.startNotFound(notFound));
}
