import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, reversedComparisonId, withBase } from '../../src/lib/content/urls';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/articles/glossary/', '/')).toBe('/articles/glossary/');
  });
  it('prefixes site-absolute paths under a sub-path', () => {
    expect(withBase('/articles/glossary/#scope', '/kb/')).toBe('/kb/articles/glossary/#scope');
    expect(withBase('/', '/kb/')).toBe('/kb/');
  });
  it('passes through external, protocol-relative and fragment links', () => {
    expect(withBase('https://example.org/', '/kb/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x', '/kb/')).toBe('//cdn.example.org/x');
    expect(withBase('#scope', '/kb/')).toBe('#scope');
  });
});

describe('absoluteUrl', () => {
  it('joins origin, base and path', () => {
    expect(absoluteUrl(paths.rowPage('pm-vs-obm', 'scope'), 'https://kb.example/', '/docs/')).toBe(
      'https://kb.example/docs/compare/pm-vs-obm/scope/',
    );
  });
});

describe('reversedComparisonId', () => {
  it('swaps the two sides of a comparison slug', () => {
    expect(reversedComparisonId('project-manager-vs-online-business-manager')).toBe(
      'online-business-manager-vs-project-manager',
    );
  });
  it('has no reverse for a slug without exactly one "-vs-"', () => {
    expect(reversedComparisonId('glossary')).toBeUndefined();
    expect(reversedComparisonId('a-vs-b-vs-c')).toBeUndefined();
  });
});
