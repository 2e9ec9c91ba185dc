/** The committed ledger: one address per line, sorted; lines starting with "#" are comments. */

const header = [
  '# Every address this site has published. The build fails when one stops resolving.',
  '# Written by `npm run ledger`; never delete a line: declare a move or a removal instead (docs/links-and-redirects.md).',
];

export function parseLedger(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The ledger with `added` merged in; existing addresses are never dropped. */
export function serializeLedger(addresses: Iterable<string>): string {
  const sorted = [...new Set(addresses)].sort();
  return `${[...header, ...sorted].join('\n')}\n`;
}
