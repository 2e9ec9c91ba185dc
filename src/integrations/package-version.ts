import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The installed version of a package, for the keys of build caches its output goes into. Found
 * along Node's own search path rather than by resolving the package, which fails for packages
 * whose `exports` offer only `import` (Pagefind).
 */
export function packageVersion(name: string): string {
  const folders = createRequire(import.meta.url).resolve.paths(name) ?? [];
  const manifest = folders.map((folder) => join(folder, name, 'package.json')).find((file) => existsSync(file));
  if (!manifest) throw new Error(`${name} is not installed: run npm ci`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
