/* Copies the value of the field named by `data-copy-from` (the embed snippet) and announces it. */
import { announce, copyText, flash } from './clipboard';

export default async function copyFieldText(control: HTMLElement): Promise<void> {
  const field = document.querySelector(control.dataset.copyFrom ?? '');
  const text =
    field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : field?.textContent;
  if (!text) return;
  const copied = await copyText(text);
  flash(control, copied ? 'Copied' : 'Copy failed');
  announce(
    control,
    copied ? (control.dataset.done ?? 'Copied') : 'Could not copy; select the text and copy it instead',
  );
}
