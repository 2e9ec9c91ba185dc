/** The people or publishers behind a page's sources, as a short line: "A, B and 3 others". */
export function whoSays(sources: readonly { author?: string | undefined; publisher: string }[], shown = 3): string {
  const names = [...new Set(sources.map((source) => source.author ?? source.publisher))];
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const others = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}`;
}
