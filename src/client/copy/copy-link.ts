/*
 * "Copy link" on a comparison row: copies the row page's URL (`data-url`), says so on the control
 * and in the table's live region, and points the address bar at the row.
 */
import { announce, copyText, flash } from './clipboard';

export default async function copyLink(control: HTMLElement): Promise<void> {
  const url = control.dataset.url;
  if (!url) return;
  const rowId = control.getAttribute('href')?.replace(/^#/, '');
  if (rowId) history.replaceState(history.state, '', `#${rowId}`);
  const copied = await copyText(url);
  flash(control, copied ? 'Copied' : 'Copy failed');
  const row = control.dataset.label ?? 'this';
  announce(control, copied ? `Link to the ${row} row copied` : `Could not copy the link to the ${row} row`);
}
