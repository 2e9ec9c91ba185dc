/*
 * Copy controls (`data-copy="link" | "text" | "markdown"`) are plain links or hidden buttons
 * without JavaScript; the first click fetches the code that copies.
 */
export function armCopyControls(): void {
  addEventListener('click', (event) => {
    // A modified click keeps its usual meaning (a new tab for the link, say).
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy]') : null;
    const kind = control?.dataset.copy;
    if (!control || (kind !== 'link' && kind !== 'text' && kind !== 'markdown')) return;
    event.preventDefault();
    void import('./copy-controls').then((copy) => {
      if (kind === 'link') return copy.copyLink(control);
      if (kind === 'text') return copy.copyFieldText(control);
      return control instanceof HTMLAnchorElement ? copy.copyMarkdown(control) : undefined;
    });
  });
}
