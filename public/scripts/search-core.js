// @ts-check
/*
 * Search results on top of Pagefind's JS API, shared by the search dialog, the /search/ page and
 * the 404 page. Pagefind escapes excerpts (apart from <mark>), but titles, meta and the reader's
 * query are raw text: they only ever reach the page through `escapeHtml`.
 */
import { correctedQuery, similarQuestions, understandQuery, wholePhrase } from './search-query.js';

/** @typedef {{ url: string, title: string, excerpt: string }} SubResult */
/** @typedef {{ url: string, excerpt: string, content: string, meta: Record<string, string>, filters: Record<string, string[]>, sub_results: SubResult[] }} ResultData */
/** @typedef {{ results: { id: string, score: number, data(): Promise<ResultData> }[], totalFilters?: Record<string, Record<string, number>> }} SearchResponse */
/** @typedef {{ search(q: string, o?: object): Promise<SearchResponse>, options(o: object): Promise<void>, init?: () => Promise<void>, preload?: (term: string, o?: object) => Promise<void> }} Pagefind */

/**
 * Pagefind favours short pages by default, which lets the one-row comparison pages crowd out
 * fuller answers; a weaker length bias keeps FAQs and articles on top.
 */
export const pagefindOptions = { excerptLength: 24, ranking: { pageLength: 0.2, metaWeights: { title: 5, asked: 4 } } };

/** @type {Map<string, Promise<Pagefind>>} */
const loaded = new Map();

/** @param {string} base the deploy base, e.g. '/' or '/kb/' */
export function loadPagefind(base) {
  let pagefind = loaded.get(base);
  if (!pagefind) {
    pagefind = import(`${base}pagefind/pagefind.js`).then(async (module) => {
      await module.options({ ...pagefindOptions, baseUrl: base });
      return module;
    });
    loaded.set(base, pagefind);
  }
  return pagefind;
}

/** @param {string} text */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One result with up to three sections; a sub-result that is the page itself is dropped.
 * @param {ResultData} data
 */
function renderResult(data) {
  const type = data.filters.type?.[0] ?? 'Page';
  const subs = data.sub_results
    .filter((sub) => sub.url !== data.url && sub.title !== data.meta.title)
    .slice(0, 3)
    .map(
      (sub) =>
        `<li><a href="${escapeHtml(sub.url)}" class="search-link block rounded px-2 py-1 hover:bg-surface"><span class="font-medium">${escapeHtml(sub.title)}</span><span class="block text-sm text-muted">${sub.excerpt}</span></a></li>`,
    )
    .join('');
  return `<li class="border-b border-line py-2"><a href="${escapeHtml(data.url)}" class="search-link block rounded px-2 py-1 hover:bg-surface"><span class="search-type mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold text-muted">${escapeHtml(type)}</span><span class="font-semibold">${escapeHtml(data.meta.title ?? data.url)}</span><span class="mt-1 block text-sm text-muted">${data.excerpt}</span></a>${subs ? `<ul class="ml-4 border-l border-line pl-2">${subs}</ul>` : ''}</li>`;
}

/** @param {string} base */
function renderNoResults(base) {
  const links = [
    ['Frequently asked questions', 'faq/'],
    ['Project manager vs online business manager', 'compare/project-manager-vs-online-business-manager/'],
    ['Which one do I need? The decision guide', 'guide/'],
  ]
    .map(([label, path]) => `<li><a class="search-link" href="${base}${path}">${label}</a></li>`)
    .join('');
  return `<li class="py-2"><p class="mb-2">Try other words, or start from one of these:</p><ul class="list-disc space-y-1 pl-5">${links}</ul></li>`;
}

const types = ['Article', 'FAQ', 'Comparison', 'Guide'];

/**
 * @typedef {{ id: string, score: number, data(): Promise<ResultData> }} PagefindResult
 * @typedef {{ results: PagefindResult[], totalFilters: Record<string, Record<string, number>> | undefined, understood: import('./search-query.js').UnderstoodQuery, partial: boolean }} SiteSearchResponse
 */

/**
 * A role is searched by its shortest name only (its abbreviation): every page about a role carries
 * all its names in the index, and a many-word name costs Pagefind far more on a large site.
 * @param {string[]} names
 */
const shortest = (names) => names.reduce((best, name) => (name.split(' ').length < best.split(' ').length ? name : best));

/**
 * Searches the way a reader asks. The query is understood first (search-query.js); then each term
 * is searched on its own, by each of its variants, and a page ranks by the terms it matches, each
 * weighted by how rare it is on the site (a page matching "PMP" and "certification" beats one
 * matching "manager" often), then by how well it matches each. A page listing the reader's whole
 * phrasing (its `askedAs`) counts as matching every term. So a question sharing any meaningful
 * word with the site finds pages, and pages matching more of it come first.
 * @param {Pagefind} pagefind
 * @param {string} query
 * @param {{ lexicon: import('./search-query.js').Lexicon, filters?: object }} options
 * @returns {Promise<SiteSearchResponse>}
 */
export async function searchSite(pagefind, query, { lexicon, filters }) {
  const understood = understandQuery(query, lexicon);
  const terms = understood.terms.slice(0, 10);
  const phrase = wholePhrase(query, lexicon, understood);
  const search = (/** @type {string} */ text) => pagefind.search(text, filters && { filters });
  // Compared with listed questions as corrected, so a misspelt role name still counts as the role.
  const similar = similarQuestions(correctedQuery(query, understood), lexicon).slice(0, 5);
  const [whole, asked, ...perTerm] = await Promise.all([
    phrase ? search(phrase) : undefined,
    Promise.all(similar.map((match) => search(match.marker))),
    ...terms.map((term) => Promise.all((term.kind === 'role' ? [shortest(term.variants)] : term.variants.slice(0, 3)).map(search))),
  ]);
  const pages = Math.max(lexicon.pages ?? 0, 1);
  /** @type {Map<string, { result: PagefindResult, weight: number, matched: number }>} */
  const ranked = new Map();
  const credit = (/** @type {PagefindResult} */ result, /** @type {number} */ weight) => {
    const entry = ranked.get(result.id) ?? { result, weight: 0, matched: 0 };
    entry.weight += weight;
    entry.matched += 1;
    ranked.set(result.id, entry);
  };
  let rarity = 0;
  for (const responses of perTerm) {
    /** @type {Map<string, PagefindResult>} */
    const best = new Map();
    for (const response of responses) {
      for (const result of response.results) {
        if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
      }
    }
    if (!best.size) continue;
    const idf = Math.log(1 + pages / best.size);
    rarity += idf;
    const top = Math.max(...[...best.values()].map((result) => result.score)) || 1;
    for (const result of best.values()) credit(result, idf * (0.5 + (0.5 * result.score) / top));
  }
  if (whole?.results.length) {
    const top = Math.max(...whole.results.map((result) => result.score)) || 1;
    for (const result of whole.results) credit(result, rarity * (0.5 + (0.5 * result.score) / top));
  }
  // A page that lists a question like the reader's is the answer they asked for.
  similar.forEach((match, index) => {
    for (const result of asked[index]?.results ?? []) credit(result, (rarity || 1) * 4 * match.similarity);
  });
  const results = [...ranked.values()].sort((a, b) => b.weight - a.weight);
  const fullest = [whole, ...perTerm.flat()].find((response) => response?.results.length);
  return {
    results: results.map((entry) => entry.result),
    totalFilters: fullest?.totalFilters,
    understood,
    partial: results.length > 0 && (results[0]?.matched ?? 0) < terms.length,
  };
}

/**
 * Fetches the build's search lexicon once per base; a search without it still works, word for word.
 * @param {string} base
 * @returns {Promise<import('./search-query.js').Lexicon>}
 */
export function loadLexicon(base) {
  let lexicon = lexicons.get(base);
  if (!lexicon) {
    lexicon = fetch(`${base}search/lexicon.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .catch(() => {
        lexicons.delete(base);
        return { filler: [], synonyms: {}, roles: [], vocabulary: [] };
      });
    lexicons.set(base, lexicon);
  }
  return lexicon;
}

/** @type {Map<string, Promise<import('./search-query.js').Lexicon>>} */
const lexicons = new Map();

/**
 * The status line's extra: a link that runs the corrected search, and the words nothing matched.
 * @param {string} query @param {import('./search-query.js').UnderstoodQuery} understood @param {string} base
 */
function renderHints(query, understood, base) {
  const parts = [];
  if (understood.suggestions.length) {
    const corrected = correctedQuery(query, understood);
    parts.push(
      `Did you mean <a class="search-link search-suggestion" data-suggestion="${escapeHtml(corrected)}" href="${base}search/?q=${encodeURIComponent(corrected)}">${escapeHtml(corrected)}</a>?`,
    );
  }
  if (understood.unknown.length) {
    const list = understood.unknown.map((word) => `“${escapeHtml(word)}”`).join(', ');
    parts.push(`No page uses ${list}.`);
  }
  return parts.join(' ');
}

/**
 * Wires a search UI: `input` drives results into `list`, `status` announces the count, `chips`
 * (optional) filters by type. Returns `run(query)` for a first search.
 * `dev` marks the dev server, which serves the last build's index.
 * Every keystroke searches at once; an answer that arrives after a newer one started is dropped.
 * @param {{ base: string, input: HTMLInputElement, list: HTMLElement, status: HTMLElement, chips?: HTMLElement | null, type?: string, limit?: number, dev?: boolean, onChange?: (q: string, type: string) => void }} ui
 */
export function connectSearch(ui) {
  let type = types.includes(ui.type ?? '') ? /** @type {string} */ (ui.type) : '';
  let latest = 0;

  /** @param {string} query */
  async function run(query) {
    const ticket = ++latest;
    const q = query.trim();
    ui.onChange?.(q, type);
    if (!q) {
      ui.list.innerHTML = '';
      ui.status.textContent = '';
      if (ui.chips) ui.chips.hidden = true;
      return;
    }
    let pagefind;
    let lexicon;
    try {
      [pagefind, lexicon] = await Promise.all([loadPagefind(ui.base), loadLexicon(ui.base)]);
    } catch {
      loaded.delete(ui.base);
      ui.status.textContent = ui.dev
        ? 'No search index yet: run npm run build once, then search here.'
        : 'Search is not available right now. Try the FAQ or the articles instead.';
      return;
    }
    // Filter counts only come back when a filter is set: "any type" gives them for the "All" view.
    const response = await searchSite(pagefind, q, { lexicon, filters: { type: type || { any: types } } });
    if (ticket !== latest) return;
    const count = response.results.length;
    // Fragments load only for the results shown, and the first ones render before the rest arrive.
    const shown = response.results.slice(0, ui.limit ?? 10).map((result) => result.data());
    const first = await Promise.all(shown.slice(0, 3));
    if (ticket !== latest) return;
    // The count is announced with the results it counts, never over the previous query's list.
    const similar = `${response.partial ? ' (matching some of your words)' : ''}${ui.dev ? ' (index from the last build)' : ''}`;
    const hints = renderHints(q, response.understood, ui.base);
    ui.status.innerHTML = `${escapeHtml(`${count} ${count === 1 ? 'result' : 'results'} for “${q}”${similar}${type ? ` in ${type}` : ''}`)}${hints ? ` ${hints}` : ''}`;
    if (ui.chips) renderChips(ui.chips, response.totalFilters?.type ?? {});
    ui.list.innerHTML = count ? first.map(renderResult).join('') : renderNoResults(ui.base);
    const rest = await Promise.all(shown.slice(3));
    if (ticket !== latest || !rest.length) return;
    ui.list.insertAdjacentHTML('beforeend', rest.map(renderResult).join(''));
  }

  /** Fetches the index chunks of the words typed so far, so the search itself waits on less. */
  async function preload(/** @type {string} */ query) {
    const [pagefind, lexicon] = await Promise.all([loadPagefind(ui.base), loadLexicon(ui.base)]).catch(() => []);
    if (!pagefind?.preload || !lexicon) return;
    for (const term of understandQuery(query, lexicon).terms) pagefind.preload(term.variants[0] ?? term.typed);
  }

  /** @param {HTMLElement} chips @param {Record<string, number>} counts */
  function renderChips(chips, counts) {
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const chip = (/** @type {string} */ value, /** @type {string} */ label, /** @type {number} */ n) =>
      `<button type="button" data-type="${value}" aria-pressed="${type === value}" class="rounded-full border border-line px-3 py-1 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-ink">${label} (${n})</button>`;
    chips.innerHTML =
      chip('', 'All', total) +
      types
        .filter((t) => counts[t])
        .map((t) => chip(t, t, counts[t] ?? 0))
        .join('');
    chips.hidden = false;
  }

  ui.input.addEventListener('input', () => {
    preload(ui.input.value);
    run(ui.input.value);
  });
  // "Did you mean" runs the corrected search in place; without this script it is a plain link.
  ui.status.addEventListener('click', (event) => {
    const link = /** @type {HTMLElement} */ (event.target).closest('a[data-suggestion]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    ui.input.value = link.dataset.suggestion ?? '';
    run(ui.input.value);
  });
  ui.chips?.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest('button[data-type]');
    if (!(button instanceof HTMLElement)) return;
    type = button.dataset.type ?? '';
    run(ui.input.value);
  });
  ui.list.addEventListener('keydown', (event) => moveFocus(event, ui));
  ui.input.addEventListener('keydown', (event) => moveFocus(event, ui));
  return run;
}

/**
 * Arrow keys walk from the field through the result links; Enter opens the focused one natively.
 * @param {KeyboardEvent} event
 * @param {{ input: HTMLInputElement, list: HTMLElement }} ui
 */
function moveFocus(event, ui) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...ui.list.querySelectorAll('a.search-link')];
  if (!links.length) return;
  event.preventDefault();
  const index = links.indexOf(/** @type {Element} */ (document.activeElement));
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  const target = next < 0 ? ui.input : links[Math.min(next, links.length - 1)];
  /** @type {HTMLElement} */ (target).focus();
}
