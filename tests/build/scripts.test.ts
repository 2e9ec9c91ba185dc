import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageResources } from '../../src/lib/html/page-resources';
import { builtPages, distDir } from '../support/dist';

/** Hashed by the bundler, so `_headers` can let browsers keep it for a year. */
const hashed = /^\/_astro\/[\w.-]+\.[\w-]{8}\.js$/;

describe('browser code', () => {
  it('is bundled: no page loads a script file that is not hashed', () => {
    const unhashed = builtPages().flatMap((page) =>
      pageResources(page.html)
        .scripts.flatMap((script) => (script.src === undefined ? [] : [script.src]))
        .filter((src) => !hashed.test(src))
        .map((src) => `${page.path}: ${src}`),
    );
    expect(unhashed).toEqual([]);
    expect(existsSync(join(distDir, 'scripts'))).toBe(false);
  });

  it('imports only hashed chunks, and Pagefind by its runtime address', () => {
    const chunks = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(0);
    const specifiers = chunks.flatMap((name) =>
      [...readFileSync(join(distDir, '_astro', name), 'utf8').matchAll(/\bimport\s*\(?\s*[`"']([^`"']+)[`"']/g)].map(
        (match) => match[1]!,
      ),
    );
    const [runtime, bundled] = [
      specifiers.filter((s) => s.includes('${')),
      specifiers.filter((s) => !s.includes('${')),
    ];
    // Pagefind's own files, written after the bundle: its search, and its highlighter.
    expect(runtime.sort()).toEqual([
      expect.stringMatching(/^\$\{\w+\}pagefind\/pagefind-highlight\.js$/),
      expect.stringMatching(/^\$\{\w+\}pagefind\/pagefind\.js$/),
    ]);
    expect(bundled.length).toBeGreaterThan(0);
    expect(bundled.map((s) => `/_astro/${s.replace(/^\.\//, '')}`).filter((path) => !hashed.test(path))).toEqual([]);
  });
});
