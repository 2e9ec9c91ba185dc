import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the site once for every build and browser test. `SKIP_BUILD=1` reuses an existing dist/. */
export default function buildOnce(): void {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
