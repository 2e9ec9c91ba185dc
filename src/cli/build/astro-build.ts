/*
 * Astro's build, in the process src/cli/build.ts starts for it, with content errors reported as an
 * author needs them (what is wrong, in which file and field) rather than as a stack trace into
 * Astro's internals.
 */
import './heap-growth.ts';
import { env } from 'node:process';

// The bundler's allocator (mimalloc) keeps freed memory for reuse, memory the build then holds for
// nothing while it renders (measured in docs/decisions/2026-12-build-memory.md). Return it at once,
// and take memory from the system per segment rather than from one large arena, which is never
// handed back. Set before Astro loads the bundler, which reads them on load.
env.MIMALLOC_PURGE_DELAY ??= '0';
env.MIMALLOC_DISALLOW_ARENA_ALLOC ??= '1';
const { build } = await import('astro');

interface AstroErrorLike {
  name?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
}

// A build is always a production build, even when started from a test runner that set NODE_ENV=test
// (Vite would then treat it as development: drafts and dev-only notes would ship).
process.env.NODE_ENV = 'production';

try {
  await build({});
} catch (caught) {
  const error = caught as AstroErrorLike;
  const where = error.loc?.file
    ? `${error.loc.file.replace(`${process.cwd()}/`, '')}${error.loc.line ? `:${error.loc.line}` : ''}`
    : '';
  const message = (error.message ?? String(caught))
    .replace(/\*\*/g, '')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  console.error(`\nBuild failed${where ? ` in ${where}` : ''}:\n\n${message}\n`);
  if (error.hint) console.error(`Hint: ${error.hint}\n`);
  process.exitCode = 1;
}
