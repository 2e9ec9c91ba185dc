import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '../..');

export interface SiteCopy {
  dir: string;
  /** Rewrites one file of the copy (an empty string when it does not exist yet). */
  change(file: string, edit: (source: string) => string): void;
  /** Runs `npm run build`'s script in the copy: exit status and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/**
 * A throwaway copy of the site sharing the installed packages, so a test can build a variant (bad
 * content, a base path) without touching the project's own dist/, caches or content.
 */
export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
  for (const entry of [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'published-addresses.txt',
  ]) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  // The packages are shared; the caches in node_modules/.* (Astro's content store, Vite, social
  // images) are not, so copies built side by side cannot race on them.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
  symlinkSync(join(project, 'node_modules/.bin'), join(dir, 'node_modules/.bin'));
  return {
    dir,
    change(file, edit) {
      const path = join(dir, file);
      let source = '';
      try {
        source = readFileSync(path, 'utf8');
      } catch {
        // A new file.
      }
      writeFileSync(path, edit(source));
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        // Vitest's own variables (BASE_URL, MODE...) would leak into the child's Vite.
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
