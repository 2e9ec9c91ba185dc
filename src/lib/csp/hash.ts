import { createHash } from 'node:crypto';

/** The hash algorithms a CSP hash source may name. */
export type CspHashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** The digest of inline code as a CSP hash names it (base64, without the algorithm). */
export const cspDigest = (code: string, algorithm: CspHashAlgorithm = 'sha256'): string =>
  createHash(algorithm).update(code).digest('base64');

/** The hash of inline code as Astro's CSP options take it: `sha256-…`. */
export const cspHash = (code: string): `sha256-${string}` => `sha256-${cspDigest(code)}`;

/** The hash source of inline code as a policy lists it: `'sha256-…'`. */
export const cspHashSource = (code: string): string => `'${cspHash(code)}'`;
