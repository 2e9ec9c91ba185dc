/*
 * The HTML of a result list. Pagefind escapes excerpts (apart from <mark>), but titles, meta and
 * the reader's query are raw text: they only ever reach the page through `escapeHtml`.
 */
import { correctedQuery, type UnderstoodQuery } from '../../lib/search/query';
import type { ResultData } from '../../lib/search/rank';
import { firstSentences, type ShortAnswer } from '../../lib/search/short-answer';

export const escapeHtml = (text: string): string => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A result's address with the words to mark where it lands (`?highlight=`, read by
 * src/client/highlight/), kept before its #fragment.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const [path = url, hash] = url.split('#');
  const query = terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * One result with up to three sections; a sub-result that is the page itself is dropped. An FAQ
 * shows the start of its answer, other pages the words around the match.
 */
export function renderResult(data: ResultData, terms: readonly string[] = []): string {
  const type = data.filters.type?.[0] ?? 'Page';
  const subs = data.sub_results
    .filter((sub) => sub.url !== data.url && sub.title !== data.meta.title)
    .slice(0, 3)
    .map(
      (sub) =>
        `<li><a href="${escapeHtml(withHighlight(sub.url, terms))}" class="search-link block rounded px-2 py-1 hover:bg-surface"><span class="font-medium">${escapeHtml(sub.title)}</span><span class="block text-sm text-muted">${sub.excerpt}</span></a></li>`,
    )
    .join('');
  const excerpt =
    type === 'FAQ' && data.meta.answer
      ? escapeHtml(firstSentences(data.meta.answer, { min: 1, max: 2, chars: 200 }))
      : data.excerpt;
  return `<li class="border-b border-line py-2"><a href="${escapeHtml(withHighlight(data.url, terms))}" class="search-link block rounded px-2 py-1 hover:bg-surface"><span class="search-type mr-2 rounded bg-surface px-1.5 py-0.5 text-xs font-semibold text-muted">${escapeHtml(type)}</span><span class="font-semibold">${escapeHtml(data.meta.title ?? data.url)}</span><span class="mt-1 block text-sm text-muted">${excerpt}</span></a>${subs ? `<ul class="ml-4 border-l border-line pl-2">${subs}</ul>` : ''}</li>`;
}

/** The answer shown first: the first item of the result list, so it is heard as the first result. */
export function renderAnswer(answer: ShortAnswer, terms: readonly string[]): string {
  const href = escapeHtml(withHighlight(answer.url, terms));
  const source = answer.source ? `<p class="text-sm text-muted">According to ${escapeHtml(answer.source)}</p>` : '';
  return `<li data-answer class="mb-2 rounded border-b border-line bg-surface px-2 py-2"><p class="text-sm text-muted">${escapeHtml(answer.type === 'FAQ' ? 'Answer' : 'The short answer')}</p><a href="${href}" class="search-link font-semibold">${escapeHtml(answer.title)}</a><p>${escapeHtml(answer.text)}</p>${source}<a href="${href}" class="search-link underline">Read the full answer<span class="sr-only">: ${escapeHtml(answer.title)}</span></a></li>`;
}

export function renderNoResults(base: string): string {
  const links = [
    ['Frequently asked questions', 'faq/'],
    ['Project manager vs online business manager', 'compare/project-manager-vs-online-business-manager/'],
    ['Which one do I need? The decision guide', 'guide/'],
  ]
    .map(([label, path]) => `<li><a class="search-link" href="${base}${path}">${label}</a></li>`)
    .join('');
  return `<li class="py-2"><p class="mb-2">Try other words (<a class="search-link underline" href="${base}search/tips/">how search works</a>), or start from one of these:</p><ul class="list-disc space-y-1 pl-5">${links}</ul></li>`;
}

/** The status line's extra: a link that runs the corrected search, and the words nothing matched. */
export function renderHints(query: string, understood: UnderstoodQuery, base: string): string {
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

/** The type filters with their counts; `selected` is '' for all types. */
export function renderChips(types: readonly string[], counts: Record<string, number>, selected: string): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const chip = (value: string, label: string, n: number) =>
    `<button type="button" data-type="${value}" aria-pressed="${selected === value}" class="rounded-full border border-line px-3 py-1 text-sm aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-ink">${label} (${n})</button>`;
  return (
    chip('', 'All', total) +
    types
      .filter((t) => counts[t])
      .map((t) => chip(t, t, counts[t] ?? 0))
      .join('')
  );
}
