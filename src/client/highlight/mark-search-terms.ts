/*
 * On a page opened from a search result (`?highlight=word`, which the result links carry): marks
 * the words with Pagefind's own highlighter (mark.js, inside the page's indexed content), brings
 * the first into view, and offers to clear the marks. Pages opened without it never load this.
 */
type Highlighter = new (options: object) => unknown;

export async function markSearchTerms(base: string): Promise<void> {
  const url = `${base}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: Highlighter };
  new PagefindHighlight({
    highlightParam: 'highlight',
    // Marks keep the browser's own look (black on yellow in either theme); Pagefind's styles would
    // be an inline style the CSP refuses.
    addStyles: false,
    markOptions: { className: 'search-mark', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  const marks = [...document.querySelectorAll<HTMLElement>('mark.search-mark')];
  if (!marks.length) return;
  // A link to a section has already scrolled there; otherwise the first mark is what was asked for.
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
  const bar = document.createElement('div');
  bar.className = 'no-print fixed bottom-0 flex w-full justify-center gap-2 border-t border-line bg-page py-2';
  bar.innerHTML = `<span role="status">Your search words are marked on this page.</span><button type="button" class="rounded-md border border-line px-3 py-1">Clear marks</button>`;
  bar.querySelector('button')?.addEventListener('click', () => {
    for (const mark of document.querySelectorAll('mark.search-mark')) mark.replaceWith(...mark.childNodes);
    document.querySelector('main')?.normalize();
    const clean = new URL(location.href);
    clean.searchParams.delete('highlight');
    history.replaceState(history.state, '', clean);
    bar.remove();
  });
  document.body.append(bar);
}
