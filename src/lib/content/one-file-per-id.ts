/**
 * A content id is its file name without the extension, so `x.md` beside `x.mdx` is one entry
 * written twice. Astro keeps one of them without a word when the two are the same text (it takes
 * the second for an unchanged first), so the loader refuses the pair before Astro sees it.
 */

/** Pairs of files (relative to the folder, sorted) that would make one id. */
export function filesSharingAnId(files: readonly string[]): [string, string][] {
  const byId = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const file of [...files].sort()) {
    const id = file.replace(/\.mdx?$/, '');
    const earlier = byId.get(id);
    if (earlier === undefined) byId.set(id, file);
    else pairs.push([earlier, file]);
  }
  return pairs;
}

/** The error an author reads: both files named, and what to do. */
export function sharedIdMessage(folder: string, pairs: readonly [string, string][]): string {
  const lines = pairs.map(([a, b]) => `${folder}/${a} and ${folder}/${b} are one entry; keep one of the two files`);
  return `Two files for one id:\n  ${lines.join('\n  ')}`;
}
