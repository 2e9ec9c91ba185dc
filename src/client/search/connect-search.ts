/*
 * Wires a search UI (the dialog, the /search/ page, the 404 page) to the site's search: the
 * field drives results into the list, the status line announces the count, the chips filter.
 */
import { normaliseQuery } from '../../lib/search/normalise-query';
import { understandQuery } from '../../lib/search/query';
import { searchedTexts, searchSite, type PagefindResult, type SiteSearchResponse } from '../../lib/search/rank';
import { shortAnswerOf } from '../../lib/search/short-answer';
import { lexiconFor, prefetchLexicon } from './lexicon';
import { loadPagefind } from './pagefind';
import { escapeHtml, renderAnswer, renderChips, renderHints, renderNoResults, renderResult } from './render-results';

const types = ['Article', 'FAQ', 'Comparison', 'Guide'];

/** Results shown before any other is fetched: enough to tell whether the first one's answer goes on top. */
const firstShown = 2;

/** Results on a phone's first screen, fetched as soon as the first are shown. */
const firstScreen = 4;

/** Longer than the time between two keys of a reader typing a word. */
const typingPauseMs = 250;

/** How long the reader pauses before the results below the first screen are fetched. */
const pauseMs = 300;

export interface SearchUi {
  base: string;
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  chips?: HTMLElement | null;
  /** The type filter to start with. */
  type?: string;
  limit?: number;
  /** The dev server, which serves the last build's index. */
  dev?: boolean;
  onChange?: (q: string, type: string) => void;
}

/**
 * Every keystroke searches at once; an answer that arrives after a newer one started is dropped.
 * Returns `run(query)` for a first search.
 */
export function connectSearch(ui: SearchUi): (query: string) => Promise<void> {
  let type = types.includes(ui.type ?? '') ? (ui.type ?? '') : '';
  let latest = 0;
  let searching = Promise.resolve();
  // A chosen type filters the search. Without one, the filter's chunk is left out of the first
  // results (13 KB at 5,000 articles, on a phone's slow link) and the chips' counts come once the
  // reader pauses: Pagefind counts by type only when a filter is set, so "any type" asks for them.
  const typeFilter = () => (type ? { filters: { type } } : undefined);
  const countFilter = { filters: { type: { any: types } } };

  async function run(query: string) {
    const ticket = ++latest;
    const q = query.trim();
    ui.onChange?.(q, type);
    if (!q) {
      ui.list.innerHTML = '';
      ui.status.textContent = '';
      if (ui.chips) ui.chips.hidden = true;
      return;
    }
    let loaded;
    try {
      loaded = await Promise.all([loadPagefind(ui.base), lexiconFor(ui.base, q)]);
    } catch {
      ui.status.textContent = ui.dev
        ? 'No search index yet: run npm run build once, then search here.'
        : 'Search is not available right now. Try the FAQ or the articles instead.';
      return;
    }
    const [pagefind, lexicon] = loaded;
    // One search at a time: a query that a newer one has overtaken while it waited is skipped, so
    // fast typing queues no searches and the last key's search starts as soon as it can.
    const before = searching;
    let done = () => {};
    searching = new Promise<void>((resolve) => (done = resolve));
    await before;
    if (ticket !== latest) return done();
    // Pagefind cannot stop a search once begun, and one over a common word takes long on a slow phone:
    // fetch the chunks first, and search only if no newer query came meanwhile. Past a typing pause
    // the search begins anyway, so its work overlaps the chunks still coming.
    const chunks = searchedTexts(q, lexicon).map((text) => pagefind.preload?.(text, typeFilter()));
    // A chunk that fails to come is the search's to report; here it only ends the wait.
    const fetched = Promise.all(chunks).catch(() => {});
    await Promise.race([fetched, new Promise((resolve) => setTimeout(resolve, typingPauseMs))]);
    if (ticket !== latest) return done();
    const response = await searchSite(pagefind, q, { lexicon, ...typeFilter() }).finally(done);
    if (ticket !== latest) return;
    const count = response.results.length;
    // Fragments load only for the results shown: a phone's first screen first; the rest once the
    // reader has paused, so they never hold up the next key's results on a slow connection.
    const limit = ui.limit ?? 10;
    const first = await Promise.all(response.results.slice(0, firstShown).map((result) => result.data()));
    if (ticket !== latest) return;
    // The count is announced with the results it counts, never over the previous query's list.
    const similar = `${response.partial ? ' (matching some of your words)' : ''}${ui.dev ? ' (index from the last build)' : ''}`;
    const hints = renderHints(q, response.understood, ui.base);
    ui.status.innerHTML = `${escapeHtml(`${count} ${count === 1 ? 'result' : 'results'} for “${q}”${similar}${type ? ` in ${type}` : ''}`)}${hints ? ` ${hints}` : ''}`;
    if (ui.chips) {
      if (type) showChips(response.totalFilters);
      else if (count) holdChipsRow(ui.chips);
      else ui.chips.hidden = true;
    }
    // The words to mark on the page a result opens: what the reader typed that search understood.
    const terms = response.understood.terms.map((term) => term.typed);
    const answer = shortAnswerOf(first, response);
    ui.list.innerHTML = count
      ? (answer ? renderAnswer(answer, terms) : '') + first.map((data) => renderResult(data, terms)).join('')
      : renderNoResults(ui.base);
    // Each fragment fetched meanwhile would share the connection with the first ones.
    if (!(await showMore(ticket, response.results.slice(firstShown, Math.min(firstScreen, limit)), terms))) return;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    if (ticket !== latest) return;
    await Promise.all([
      showMore(ticket, response.results.slice(firstScreen, limit), terms),
      countTypes(ticket, response.countedText).catch(() => {}),
    ]);
  }

  function showChips(totalFilters: SiteSearchResponse['totalFilters']) {
    if (!ui.chips) return;
    ui.chips.innerHTML = renderChips(types, totalFilters?.type ?? {}, type);
    ui.chips.style.visibility = '';
    ui.chips.hidden = false;
  }

  /**
   * The chips with each type's count, for a search over every type: the one search the counts come
   * from, again with a filter, not every search the query made.
   */
  async function countTypes(ticket: number, text: string | undefined) {
    if (!ui.chips || type || text === undefined) return;
    const counted = await (await loadPagefind(ui.base)).search(text, countFilter);
    if (ticket === latest) showChips(counted.totalFilters);
  }

  /** Appends these results once their fragments are in; false when a newer query has taken over. */
  async function showMore(ticket: number, results: PagefindResult[], terms: string[]): Promise<boolean> {
    if (results.length === 0) return ticket === latest;
    const more = await Promise.all(results.map((result) => result.data()));
    if (ticket !== latest) return false;
    ui.list.insertAdjacentHTML('beforeend', more.map((data) => renderResult(data, terms)).join(''));
    return true;
  }

  /** Fetches the lexicon's buckets and the index chunks of the words typed so far, so the search itself waits on less. */
  async function preload(query: string) {
    void prefetchLexicon(ui.base, query);
    const [pagefind, lexicon] = await Promise.all([loadPagefind(ui.base), lexiconFor(ui.base, query)]).catch(() => []);
    if (!pagefind?.preload || !lexicon) return;
    // With the filter the search will use (a chosen type's), so its chunk is in before the last key too.
    const preloadWord = (word: string) => void pagefind.preload?.(word, typeFilter());
    for (const term of understandQuery(query, lexicon).terms) preloadWord(term.variants[0] ?? term.typed);
    // The word being typed: its chunk is in before its last key. Two letters are a guess only when
    // they start a role's short name ("ob" for "obm"); a shorter prefix than that may span chunks.
    const typing = normaliseQuery(query).split(' ').at(-1) ?? '';
    const role =
      typing.length === 2 ? lexicon.roles.flat().find((name) => name.toLowerCase().startsWith(typing)) : undefined;
    if (role) preloadWord(role.toLowerCase());
    else if (typing.length >= 3) preloadWord(typing);
  }

  ui.input.addEventListener('input', () => {
    void preload(ui.input.value);
    void run(ui.input.value);
  });
  // "Did you mean" runs the corrected search in place; without this script it is a plain link.
  ui.status.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[data-suggestion]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    ui.input.value = link.dataset.suggestion ?? '';
    void run(ui.input.value);
  });
  ui.chips?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-type]');
    if (!(button instanceof HTMLElement)) return;
    type = button.dataset.type ?? '';
    void run(ui.input.value);
  });
  ui.list.addEventListener('keydown', (event) => moveFocus(event, ui));
  ui.input.addEventListener('keydown', (event) => moveFocus(event, ui));
  return run;
}

/**
 * Keeps the chips' row in its place, blank, until the counts come: the results below it do not
 * move under the reader. The last query's chips, hidden, keep the row's height; a first query's
 * row holds a hidden chip. Hidden from here rather than with a class, which every page's CSS would
 * then have to carry.
 */
function holdChipsRow(chips: HTMLElement) {
  if (!chips.childElementCount) chips.innerHTML = renderChips([], {}, '');
  chips.style.visibility = 'hidden';
  chips.hidden = false;
}

/** Arrow keys walk from the field through the result links; Enter opens the focused one natively. */
function moveFocus(event: KeyboardEvent, ui: Pick<SearchUi, 'input' | 'list'>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...ui.list.querySelectorAll<HTMLElement>('a.search-link')];
  if (!links.length) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  const target = next < 0 ? ui.input : links[Math.min(next, links.length - 1)];
  target?.focus();
}
