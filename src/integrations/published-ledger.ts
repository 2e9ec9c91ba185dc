import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseLedger, serializeLedger } from '../lib/ledger/ledger-file';
import { newAddresses, publishedAddresses } from '../lib/ledger/published-addresses';
import { redirectRules } from '../lib/ledger/redirect-rules';
import { unresolvedAddresses } from '../lib/ledger/resolve';
import { movesFile, parseMoves } from '../lib/schemas/move';
import { sharedBuiltSite, type SharedBuiltSite } from './built-site';

export const ledgerFile = 'published-addresses.txt';

/**
 * Keeps every address the site ever published alive: fails the build naming each ledger address
 * that no longer lands, writes `_redirects` for the redirect stubs, and (with LEDGER=write, which
 * `npm run ledger` sets) adds the build's new addresses to the committed ledger.
 */
export function publishedLedger(base: string, builtSite: SharedBuiltSite = sharedBuiltSite(base)): AstroIntegration {
  let ledgerPath = '';
  let projectRoot = '';
  return {
    name: 'published-ledger',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        ledgerPath = join(projectRoot, ledgerFile);
      },
      'astro:build:start': () => builtSite.forget(),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { ledger: pages, sitemap } = await builtSite.read(dir, logger);
        const ledger = existsSync(ledgerPath) ? parseLedger(await readFile(ledgerPath, 'utf8')) : [];
        const moves = parseMoves(await readFile(join(projectRoot, movesFile), 'utf8'));
        const removedAnchors = new Set(moves.filter((m) => 'gone' in m && m.from.includes('#')).map((m) => m.from));
        const unresolved = unresolvedAddresses(ledger, new Map(pages.map((page) => [page.path, page])), removedAnchors);
        if (unresolved.length > 0) {
          const lines = unresolved.map((u) => `${u.address}: ${u.problem}.\n    To fix: ${u.fix}.`);
          throw new Error(
            `${unresolved.length} published address(es) in ${ledgerFile} no longer resolve, so links people shared would break:\n  ${lines.join('\n  ')}`,
          );
        }
        await writeFile(join(root, '_redirects'), redirectRules(pages, base));
        const added = newAddresses(ledger, publishedAddresses(pages, sitemap));
        if (added.length === 0) {
          logger.info(`${ledger.length} published addresses, all resolve`);
        } else if (process.env.LEDGER === 'write') {
          await writeFile(ledgerPath, serializeLedger([...ledger, ...added]));
          logger.info(`${ledgerFile}: added ${added.length} new address(es), ${ledger.length + added.length} in all`);
        } else {
          logger.warn(
            `${added.length} new address(es) are not in ${ledgerFile} yet (e.g. ${added[0]}): run \`npm run ledger\` and commit the file`,
          );
        }
      },
    },
  };
}
