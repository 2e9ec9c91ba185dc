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
