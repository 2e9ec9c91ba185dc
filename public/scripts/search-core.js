// @ts-check
/*
 * Search results on top of Pagefind's JS API, shared by the search dialog, the /search/ page and
 * the 404 page. Pagefind escapes excerpts (apart from <mark>), but titles, meta and the reader's
 * query are raw text: they only ever reach the page through `escapeHtml`.
 */

/** @typedef {{ url: string, title: string, excerpt: string }} SubResult */
/** @typedef {{ url: string, excerpt: string, meta: Record<string, string>, filters: Record<string, string[]>, sub_results: SubResult[] }} ResultData */
/** @typedef {{ results: { data(): Promise<ResultData> }[], totalFilters?: Record<string, Record<string, number>> }} SearchResponse */
/** @typedef {{ search(q: string, o?: object): Promise<SearchResponse>, options(o: object): Promise<void>, init?: () => Promise<void> }} Pagefind */

/**
 * Pagefind favours short pages by default, which lets the one-row comparison pages crowd out
 * fuller answers; a weaker length bias keeps FAQs and articles on top.
 */
export const pagefindOptions = { excerptLength: 24, ranking: { pageLength: 0.2 } };

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
 * Each long word cut to its first four letters. Pagefind matches word prefixes, so a misspelt
 * "project manger" still finds "manager" this way.
 * @param {string} query
 */
export function relaxQuery(query) {
  return query
    .split(/\s+/)
    .map((word) => (word.length > 5 ? word.slice(0, 4) : word))
    .join(' ');
}

/**
 * Searches, and when the exact words find fewer than three pages, tries the relaxed query too.
 * @param {Pagefind} pagefind
 * @param {string} query
 * @param {object} [options]
 * @returns {Promise<SearchResponse & { relaxed: boolean }>}
 */
export async function searchSite(pagefind, query, options) {
  const exact = await pagefind.search(query, options);
  const relaxed = relaxQuery(query);
  if (exact.results.length >= 3 || relaxed === query) return { ...exact, relaxed: false };
  const loose = await pagefind.search(relaxed, options);
  return loose.results.length > exact.results.length ? { ...loose, relaxed: true } : { ...exact, relaxed: false };
}

/**
 * Wires a search UI: `input` drives results into `list`, `status` announces the count, `chips`
 * (optional) filters by type. Returns `run(query)` for a first search.
 * `dev` marks the dev server, which serves the last build's index.
 * @param {{ base: string, input: HTMLInputElement, list: HTMLElement, status: HTMLElement, chips?: HTMLElement | null, type?: string, limit?: number, dev?: boolean, onChange?: (q: string, type: string) => void }} ui
 */
export function connectSearch(ui) {
  let type = types.includes(ui.type ?? '') ? /** @type {string} */ (ui.type) : '';
  let timer = 0;
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
    try {
      pagefind = await loadPagefind(ui.base);
    } catch {
      loaded.delete(ui.base);
      ui.status.textContent = ui.dev
        ? 'No search index yet: run npm run build once, then search here.'
        : 'Search is not available right now. Try the FAQ or the articles instead.';
      return;
    }
    // Filter counts only come back when a filter is set: "any type" gives them for the "All" view.
    const response = await searchSite(pagefind, q, { filters: { type: type || { any: types } } });
    const data = await Promise.all(response.results.slice(0, ui.limit ?? 10).map((r) => r.data()));
    if (ticket !== latest) return;
    const count = response.results.length;
    const similar = `${response.relaxed ? ' (similar words)' : ''}${ui.dev ? ' (index from the last build)' : ''}`;
    ui.status.textContent = `${count} ${count === 1 ? 'result' : 'results'} for “${q}”${similar}${type ? ` in ${type}` : ''}`;
    ui.list.innerHTML = count ? data.map(renderResult).join('') : renderNoResults(ui.base);
    if (ui.chips) renderChips(ui.chips, response.totalFilters?.type ?? {});
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
    clearTimeout(timer);
    timer = window.setTimeout(() => run(ui.input.value), 120);
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
