import type { Term } from './query';

/** The longest role name (`roles` normalised) starting at `start`, as a term searched by the role's other names too. */
export function roleAt(tokens: string[], start: number, roles: string[][]): { length: number; term: Term } | undefined {
  for (let length = Math.min(4, tokens.length - start); length > 0; length--) {
    const typed = tokens.slice(start, start + length).join(' ');
    // "project managers" and "VAs" name the role too.
    const singular = typed.length > 3 ? typed.replace(/s$/, '') : typed;
    const phrase = roles.some((names) => names.includes(typed)) ? typed : singular;
    const role = roles.find((names) => names.includes(phrase));
    if (role) {
      // The typed name first, then the abbreviation and the full name, which the pages use most.
      const variants = [...new Set([phrase, role[1] ?? phrase, role[0] ?? phrase])];
      return { length, term: { typed: phrase, variants, kind: 'role' } };
    }
  }
  return undefined;
}
