import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageResources } from '../../src/lib/html/page-resources';
import { gzipBytes, pageWeight, staticImports } from '../../src/lib/build-checks/page-weight';
import { pageTypeOf } from '../../src/lib/build-checks/page-types';

const gz = (text: string) => gzipSync(text).byteLength;

describe('pageResources', () => {
  it('lists the stylesheets that block rendering, not print or alternate ones', () => {
    const html = `<link rel="stylesheet" href="/a.css"><link rel=stylesheet href='/b.css' media="screen">
      <link rel="stylesheet" href="/print.css" media="print"><link rel="alternate stylesheet" href="/alt.css">
      <link rel="preload" href="/font.woff2" as="font"><link rel="icon" href="/favicon.svg">`;
    expect(pageResources(html).stylesheets).toEqual(['/a.css', '/b.css']);
  });

  it('lists inline styles', () => {
    expect(pageResources('<style>p{color:red}</style><p style="x">').inlineStyles).toEqual(['p{color:red}']);
  });

  it('lists scripts that run, leaving JSON data blocks out', () => {
    const html = `<script>boot()</script><script type="module" src="/m.js"></script>
      <script type="application/ld+json">{"@type":"Article"}</script><script type="application/json">{}</script>
      <script type="text/javascript" src="/classic.js"></script><script type="module">import '/x.js'</script>`;
    expect(pageResources(html).scripts).toEqual([
      { code: 'boot()', module: false },
      { src: '/m.js', module: true },
      { src: '/classic.js', module: false },
      { code: "import '/x.js'", module: true },
    ]);
  });
});

describe('staticImports', () => {
  it('finds import and export-from specifiers but not dynamic imports or comments', () => {
    const code = `/* import { no } from './comment.js'; */
// import './line-comment.js';
import { a } from './a.js';
import * as b from "../b.js";
import './side-effect.js';
export { c } from './c.js';
const later = () => import('./lazy.js');`;
    expect(staticImports(code)).toEqual(['./a.js', '../b.js', './side-effect.js', './c.js']);
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': 'body{margin:0}'.repeat(20),
    '/scripts/page.js': "import { shared } from './shared.js';\nimport './other.js';\nshared();",
    '/scripts/other.js': "import { shared } from './shared.js';\nshared();",
    '/scripts/shared.js': 'export const shared = () => document.title;',
  };
  const lookup = (path: string) => files[path];

  it('counts the document, its blocking CSS and the JavaScript that runs on load, in gzip bytes', () => {
    const html = `<html><head><link rel="stylesheet" href="../../_astro/site.css"><style>h1{x:y}</style>
      <script>boot()</script></head><body><p>Text</p></body></html>`;
    expect(pageWeight(html, '/articles/x/', lookup)).toEqual({
      html: gz(html),
      css: gz(files['/_astro/site.css']!) + gz('h1{x:y}'),
      externalCss: gz(files['/_astro/site.css']!),
      js: gz('boot()'),
    });
  });

  it('follows static imports of module scripts and counts each file once', () => {
    const html =
      '<script type="module" src="/scripts/page.js"></script><script type="module" src="/scripts/other.js"></script>';
    expect(pageWeight(html, '/search/', lookup).js).toBe(
      gz(files['/scripts/page.js']!) + gz(files['/scripts/shared.js']!) + gz(files['/scripts/other.js']!),
    );
  });

  it('fails on a file the page loads but the build lacks, rather than counting it as nothing', () => {
    expect(() => pageWeight('<link rel="stylesheet" href="/gone.css">', '/', lookup)).toThrow(/\/gone\.css/);
  });

  it('measures with gzip', () => {
    expect(gzipBytes('a'.repeat(1000))).toBeLessThan(50);
  });
});

describe('pageTypeOf', () => {
  it.each([
    ['/', 'home'],
    ['/articles/', 'article list'],
    ['/articles/2/', 'article list'],
    ['/articles/glossary/', 'article'],
    ['/tags/hiring/', 'tag'],
    ['/compare/', 'comparison list'],
    ['/compare/pm-vs-obm/', 'comparison'],
    ['/compare/pm-vs-obm/scope/', 'comparison row'],
    ['/faq/', 'FAQ list'],
    ['/faq/what-is-an-obm/', 'FAQ answer'],
    ['/guide/', 'guide'],
    ['/search/', 'search'],
    ['/404.html', '404'],
  ])('%s is the %s page type', (path, type) => {
    expect(pageTypeOf(path)).toBe(type);
  });

  it('does not type other files', () => {
    expect(pageTypeOf('/rss.xml')).toBeUndefined();
  });
});
