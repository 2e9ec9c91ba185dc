/*
 * What every copy control shares: copying text (with a fallback for browsers without the async
 * clipboard), a short "Copied" on the control, and the announcement in a live region.
 */

const resets = new WeakMap<Node, number>();

/** For browsers without the async clipboard (or without permission): copy from a selected field. */
function copyBySelection(text: string): boolean {
  const active = document.activeElement;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (active instanceof HTMLElement) active.focus();
  return copied;
}

/** Copies `text`, or the text a promise resolves to (fetched on click, so Safari still allows it). */
export async function copyText(text: string | Promise<string>): Promise<boolean> {
  try {
    if (typeof text !== 'string' && 'ClipboardItem' in window && navigator.clipboard.write) {
      const blob = Promise.resolve(text).then((value) => new Blob([value], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return true;
    }
    await navigator.clipboard.writeText(await text);
    return true;
  } catch {
    try {
      return copyBySelection(await text);
    } catch {
      return false;
    }
  }
}

/** Shows `message` in place of the control's visible text (`[data-label-text]` or its first text) for two seconds. */
export function flash(control: HTMLElement, message: string): void {
  const target = control.querySelector('[data-label-text]')?.firstChild ?? control.firstChild;
  if (!(target instanceof Text)) return;
  const original = control.dataset.text ?? target.data;
  control.dataset.text = original;
  target.data = message;
  clearTimeout(resets.get(control));
  resets.set(
    control,
    window.setTimeout(() => {
      target.data = original;
    }, 2000),
  );
}

/** Says `message` in the live region of the control's copy scope (or comparison). */
export function announce(control: HTMLElement, message: string): void {
  const status = control.closest('[data-copy-scope], .comparison')?.querySelector('.copy-status[aria-live]');
  if (!status) return;
  // Cleared first, so copying the same thing twice is announced twice.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}
