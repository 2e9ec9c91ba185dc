import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatPolicy, parsePolicy, withoutUnusedHashes } from '../../src/lib/csp/policy';

const hash = (code: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;

describe('withoutUnusedHashes', () => {
  const boot = '(() => document.documentElement.classList.add("js"))();';
  const island = 'customElements.define("astro-island", class {});';
  const style = '.a{color:red}';
  const policy = parsePolicy(
    `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(boot)} ${hash(island)}; ` +
      `style-src 'self' ${hash(style)} ${hash('.unused{}')}`,
  );

  it("keeps the hashes of the page's inline scripts and styles and drops the rest", () => {
    const trimmed = withoutUnusedHashes(policy, { scripts: [boot], styles: [style] });
    expect(formatPolicy(trimmed)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(boot)}; style-src 'self' ${hash(style)}`,
    );
  });

  it('keeps the other sources of a directive when no hash is left', () => {
    const trimmed = withoutUnusedHashes(policy, { scripts: [], styles: [] });
    expect(formatPolicy(trimmed)).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  });

  it('recognises SHA-384 and SHA-512 hashes', () => {
    const strong = parsePolicy(`script-src ${hash(boot, 'sha384')} ${hash(boot, 'sha512')} ${hash(island, 'sha512')}`);
    expect(formatPolicy(withoutUnusedHashes(strong, { scripts: [boot], styles: [] }))).toBe(
      `script-src ${hash(boot, 'sha384')} ${hash(boot, 'sha512')}`,
    );
  });
});
