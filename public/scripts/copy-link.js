// @ts-check
/*
 * "Copy link" on a comparison row: copies the row page's URL (`data-url`), says so on the control
 * and in the table's live region, and points the address bar at the row.
 */

/** @type {WeakMap<HTMLElement, number>} */
const resets = new WeakMap();

/** For browsers without the async clipboard (or without permission): copy from a selected field. */
function copyBySelection(/** @type {string} */ text) {
  const active = document.activeElement;
  const field = document.createElement('input');
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

async function copy(/** @type {string} */ text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

/** Shows `message` in place of the control's visible text for two seconds. */
function flash(/** @type {HTMLElement} */ control, /** @type {string} */ message) {
  const label = control.firstChild;
  if (!(label instanceof Text)) return;
  control.dataset.text ??= label.data;
  label.data = message;
  clearTimeout(resets.get(control));
  resets.set(
    control,
    window.setTimeout(() => {
      label.data = control.dataset.text ?? label.data;
    }, 2000),
  );
}

/** @param {HTMLElement} control */
export default async function copyLink(control) {
  const url = control.dataset.url;
  if (!url) return;
  const rowId = control.getAttribute('href')?.replace(/^#/, '');
  if (rowId) history.replaceState(history.state, '', `#${rowId}`);
  const copied = await copy(url);
  flash(control, copied ? 'Copied' : 'Copy failed');
  const status = control.closest('.comparison')?.querySelector('.copy-status[aria-live]');
  if (status) {
    const row = control.dataset.label ?? 'this';
    // Cleared first, so copying the same row twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = copied ? `Link to the ${row} row copied` : `Could not copy the link to the ${row} row`;
    }, 50);
  }
}
