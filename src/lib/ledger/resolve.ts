import type { LedgerPage } from './built-page.ts';

export interface UnresolvedAddress {
  address: string;
  problem: string;
  /** What the author can do, naming the file and field. */
  fix: string;
}

const maxHops = 5;

/** Where to declare that an address moved, by the kind of address it is. */
export function moveHint(address: string): string {
  const [path = '', anchor] = address.split('#');
  const gone = `or, if it is removed on purpose, add { "from": "${address}", "gone": { "reason": "...", "closest": "/..." } } to src/content/moves.json`;
  let match = /^\/compare\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
  if (match && (anchor ?? match[2])) {
    const row = anchor ?? match[2];
    return `keep row id "${row}", or add "${row}" to the \`aliases\` of the row it became in src/content/comparisons/${match[1]}.mdx, ${gone}`;
  }
  if (match) {
    return `keep src/content/comparisons/${match[1]}.mdx, or add "${match[1]}" to \`movedFrom\` of the comparison it became, ${gone}`;
  }
  match = /^\/faq\/(?:([^/]+)\/)?$/.exec(path);
  const faq = anchor ?? match?.[1];
  if (match && faq) {
    return `keep src/content/faqs/${faq}.md (or .mdx), or add "${faq}" to \`movedFrom\` of the FAQ it became, ${gone}`;
  }
  match = /^\/articles\/([^/]+)\/$/.exec(path);
  if (match && !/^\d+\/?$/.test(match[1] as string)) {
    return `keep src/content/articles/${match[1]}.md (or .mdx), or add "${match[1]}" to \`movedFrom\` of the article it became, ${gone}`;
  }
  return `keep the page, or add { "from": "${path}", "to": "/new-path/" } to src/content/moves.json, ${gone}`;
}

/**
 * Ledger addresses a reader following an old link would not land on: a path with no page, a
 * redirect chain that ends nowhere, or an anchor missing from the page it ends on.
 */
export function unresolvedAddresses(
  ledger: readonly string[],
  pages: ReadonlyMap<string, LedgerPage>,
  /** Anchors declared removed in moves.json: the link still opens their page, which is enough. */
  removedAnchors: ReadonlySet<string> = new Set(),
): UnresolvedAddress[] {
  const unresolved: UnresolvedAddress[] = [];
  for (const address of ledger) {
    if (removedAnchors.has(address)) continue;
    const problem = whyUnresolved(address, pages);
    if (problem) unresolved.push({ address, problem, fix: moveHint(address) });
  }
  return unresolved;
}

function whyUnresolved(address: string, pages: ReadonlyMap<string, LedgerPage>): string | undefined {
  let [path = '', anchor] = address.split('#');
  for (let hop = 0; hop <= maxHops; hop++) {
    const page = pages.get(path);
    if (!page) return hop === 0 ? 'no page has this address any more' : `it redirects to ${path}, which does not exist`;
    if (page.gone) return undefined;
    if (page.redirectTo === undefined) {
      return anchor && !page.ids.has(anchor) ? `the page ${path} has no element with id "${anchor}"` : undefined;
    }
    // A redirect target's own anchor wins; otherwise the browser keeps the old link's anchor.
    const [nextPath = '', nextAnchor] = page.redirectTo.split('#');
    path = nextPath;
    anchor = nextAnchor ?? anchor;
  }
  return `it passes through more than ${maxHops} redirects`;
}
