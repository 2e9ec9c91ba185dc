import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseLedger, serializeLedger } from '../lib/ledger/ledger-file.ts';
import { newAddresses, publishedAddresses } from '../lib/ledger/published-addresses.ts';
import { redirectRules } from '../lib/ledger/redirect-rules.ts';
import { unresolvedAddresses } from '../lib/ledger/resolve.ts';
import { movesFile, parseMoves } from '../lib/schemas/move.ts';
import type { BuiltPages } from './built-site.ts';
import type { StepContext } from './step-context.ts';

export const ledgerFile = 'published-addresses.txt';

/**
 * The build step that keeps every address the site ever published alive: fails the build naming
 * each ledger address that no longer lands, writes `_redirects` for the redirect stubs, and (with
 * `write`, which `npm run ledger` asks for) adds the build's new addresses to the committed ledger.
 */
export async function keepPublishedAddresses(
  { root, dist, base, logger }: StepContext,
  { ledger: pages, sitemap }: Pick<BuiltPages, 'ledger' | 'sitemap'>,
  write: boolean,
): Promise<string[]> {
  const ledgerPath = join(root, ledgerFile);
  const ledger = existsSync(ledgerPath) ? parseLedger(await readFile(ledgerPath, 'utf8')) : [];
  const moves = parseMoves(await readFile(join(root, movesFile), 'utf8'));
  const removedAnchors = new Set(moves.filter((m) => 'gone' in m && m.from.includes('#')).map((m) => m.from));
  const unresolved = unresolvedAddresses(ledger, new Map(pages.map((page) => [page.path, page])), removedAnchors);
  if (unresolved.length > 0) {
    const lines = unresolved.map((u) => `${u.address}: ${u.problem}.\n    To fix: ${u.fix}.`);
    throw new Error(
      `${unresolved.length} published address(es) in ${ledgerFile} no longer resolve, so links people shared would break:\n  ${lines.join('\n  ')}`,
    );
  }
  await writeFile(join(dist, '_redirects'), redirectRules(pages, base));
  const added = newAddresses(ledger, publishedAddresses(pages, sitemap));
  if (added.length === 0) {
    logger.info(`ledger: ${ledger.length} published addresses, all resolve`);
  } else if (write) {
    await writeFile(ledgerPath, serializeLedger([...ledger, ...added]));
    logger.info(`ledger: ${ledgerFile} has ${added.length} new address(es), ${ledger.length + added.length} in all`);
  } else {
    logger.warn(
      `${added.length} new address(es) are not in ${ledgerFile} yet (e.g. ${added[0]}): run \`npm run ledger\` and commit the file`,
    );
  }
  return ['_redirects'];
}
