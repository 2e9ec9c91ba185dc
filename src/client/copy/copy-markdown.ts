/*
 * "Copy as Markdown": fetches the page's Markdown twin (the link's href, which is where the link
 * goes without JavaScript) and copies it.
 */
import { announce, copyText, flash } from './clipboard';

export default async function copyMarkdown(control: HTMLAnchorElement): Promise<void> {
  const markdown = fetch(control.href).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.text();
  });
  const copied = await copyText(markdown);
  flash(control, copied ? 'Copied' : 'Copy failed');
  announce(control, copied ? 'Markdown of this page copied' : 'Could not copy the Markdown; the link opens it instead');
}
