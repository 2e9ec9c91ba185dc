import { cspDigest, type CspHashAlgorithm } from './hash.ts';

/** Content-Security-Policy text: `directive value value; directive value`. */
export type Policy = Map<string, Set<string>>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const existing = policy.get(name) ?? new Set<string>();
    for (const value of values) existing.add(value);
    policy.set(name, existing);
  }
  return policy;
}

/** One policy allowing everything any of the pages allows: each page's meta lists only its own hashes. */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, values] of policy) {
      const existing = merged.get(name) ?? new Set<string>();
      for (const value of values) existing.add(value);
      merged.set(name, existing);
    }
  }
  return merged;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

const hashSource = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/]+=*)'$/;

/**
 * The policy without the hash sources that match none of the page's inline code. Astro lists on
 * every page the hashes of every inline script and style in the build, and of its island and
 * client-directive scripts even when no page uses them; each one is some 50 bytes no gzip shrinks.
 */
export function withoutUnusedHashes(policy: Policy, inline: { scripts: string[]; styles: string[] }): Policy {
  const digests = (code: string[]) =>
    new Set(
      code.flatMap((text) =>
        (['sha256', 'sha384', 'sha512'] as CspHashAlgorithm[]).map((algorithm) => cspDigest(text, algorithm)),
      ),
    );
  const used = { 'script-src': digests(inline.scripts), 'style-src': digests(inline.styles) };
  const trimmed: Policy = new Map();
  for (const [name, values] of policy) {
    const wanted = used[name as keyof typeof used];
    const kept = [...values].filter((value) => {
      const hash = hashSource.exec(value);
      return !hash || !wanted || wanted.has(hash[2] as string);
    });
    trimmed.set(name, new Set(kept));
  }
  return trimmed;
}
