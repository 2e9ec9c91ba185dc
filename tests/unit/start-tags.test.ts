import { describe, expect, it } from 'vitest';
import { decodeReferences, detached, parseAttributes, startTags } from '../../src/lib/html/start-tags';

const tags = (html: string) => [...startTags(html)].map((tag) => [tag.name, Object.fromEntries(tag.attributes)]);

describe('startTags', () => {
  it('reads each start tag with its attributes, in any quoting', () => {
    expect(tags(`<!doctype html><A HREF="/a/" class=x data-x='1'>a</A><br/><input disabled>`)).toEqual([
      ['a', { href: '/a/', class: 'x', 'data-x': '1' }],
      ['br', {}],
      ['input', { disabled: '' }],
    ]);
  });

  it('keeps a ">" inside a quoted value as part of the value', () => {
    expect(tags('<meta name="description" content="a > b"><p id="next">')).toEqual([
      ['meta', { name: 'description', content: 'a > b' }],
      ['p', { id: 'next' }],
    ]);
  });

  it('skips comments and markup written inside scripts, styles and titles', () => {
    const html =
      '<!-- <a href="/commented/"> --><title>Tags like <b></title>' +
      '<script type="module" src="/s.js"></script><script>document.write("<a href=\'/fake/\'>")</script>' +
      '<style>a::after { content: "<i id=x>"; }</style><a href="/real/">';
    expect(tags(html)).toEqual([
      ['title', {}],
      ['script', { type: 'module', src: '/s.js' }],
      ['script', {}],
      ['style', {}],
      ['a', { href: '/real/' }],
    ]);
  });

  it('stops cleanly at an unclosed comment or script', () => {
    expect(tags('<p id="a"><!-- never closed <a href="/x/">')).toEqual([['p', { id: 'a' }]]);
    expect(tags('<p id="a"><script>let a = "<a href=/x/>"')).toEqual([
      ['p', { id: 'a' }],
      ['script', {}],
    ]);
  });
});

describe('startTags in the cases patterns get wrong', () => {
  it('reads past a stray "<" in text, CDATA in SVG and the inside of a template', () => {
    const html =
      '<p>1 < 2 and a<b</p><svg><![CDATA[ <a href="/not-a-link/"> ]]><a href="/svg-link/"></a></svg>' +
      '<template><a href="/template/"></a></template><a href="/after/">';
    expect(tags(html).filter(([name]) => name === 'a')).toEqual([
      ['a', { href: '/svg-link/' }],
      ['a', { href: '/template/' }],
      ['a', { href: '/after/' }],
    ]);
  });
  it('decodes every named character reference in a value, not only the common ones', () => {
    expect(tags('<meta content="&copy; 2026 &mdash; PM &amp; OBM">')).toEqual([
      ['meta', { content: '© 2026 — PM & OBM' }],
    ]);
  });
});

describe('parseAttributes and decodeReferences', () => {
  it('decodes character references in values', () => {
    expect(Object.fromEntries(parseAttributes(`content="Launches &amp; posts" title='&#34;PM&#x22; &lt;3'`))).toEqual({
      content: 'Launches & posts',
      title: '"PM" <3',
    });
  });

  it('keeps the first of a repeated attribute, as browsers do', () => {
    expect(parseAttributes('id="first" id="second"').get('id')).toBe('first');
  });

  it('leaves unknown names and impossible code points as written', () => {
    expect(decodeReferences('&copy; &#0; &#x110000; & alone')).toBe('&copy; &#0; &#x110000; & alone');
  });
});

describe('detached', () => {
  it('gives the same text, short or long, with or without references', () => {
    const html = `<a id="number-of-projects" href="/faq/what-does-an-obm-do/#answer">x &amp; y</a>`;
    const [tag] = [...startTags(html)];
    expect(detached(tag?.attributes.get('id') ?? '')).toBe('number-of-projects');
    expect(detached(tag?.attributes.get('href') ?? '')).toBe('/faq/what-does-an-obm-do/#answer');
    expect(detached('short')).toBe('short');
    expect(detached('é and ü and “quotes” and 🙂 emoji')).toBe('é and ü and “quotes” and 🙂 emoji');
  });
});
