import { describe, expect, it } from 'vitest';
import {
  classesOfAttributes,
  classesOfPage,
  classesOfStylesheet,
  unusedClasses,
  withoutUnusedRules,
  wordsOfScripts,
} from '../../src/lib/page-css/unused-rules';

const css = [
  '.card{padding:1rem}',
  '.badge{color:red}',
  '.list>:not(.hidden){margin:0}',
  ':where(.stack>:not(:last-child)){margin-bottom:1rem}',
  '.hover\\:bg-surface:hover{background:#eee}',
  '@media print{.no-print{display:none}}',
  ':root[data-theme=dark]{color-scheme:dark}',
  'h1{font-size:2rem}',
].join('');

describe('the rules a page keeps', () => {
  const classes = classesOfStylesheet(css);

  it('reads every class a selector names, inside :where() and :not() too', () => {
    expect([...classes.all].sort()).toEqual([
      'badge',
      'card',
      'hidden',
      'hover:bg-surface',
      'list',
      'no-print',
      'stack',
    ]);
    expect([...classes.negated]).toEqual(['hidden']);
  });

  it('drops the rules for classes the page never uses, and keeps the rest', () => {
    const used = classesOfAttributes(['card  no-print']);
    const kept = withoutUnusedRules(css, unusedClasses(classes, used));
    expect(kept).toContain('.card{');
    expect(kept).toContain('.no-print{');
    expect(kept).not.toContain('.badge');
    expect(kept).not.toContain('.stack');
    expect(kept).not.toContain('hover');
    // Element and attribute rules, such as the dark theme, apply whatever classes a page has.
    expect(kept).toContain('h1{');
    expect(kept).toContain('[data-theme=dark]');
  });

  it('never drops a rule for a class that matters by its absence', () => {
    const kept = withoutUnusedRules(css, unusedClasses(classes, new Set(['list'])));
    expect(kept).toContain(':not(.hidden)');
  });

  it('keeps the classes scripts add after load', () => {
    const scriptWords = wordsOfScripts([
      'list.innerHTML = `<li class="badge hover:bg-surface">${title}</li>`; node.classList.add(\'stack\');',
    ]);
    const kept = withoutUnusedRules(css, unusedClasses(classes, scriptWords));
    expect(kept).toContain('.badge');
    expect(kept).toContain('.hover\\:bg-surface:hover');
    expect(kept).toContain('.stack');
  });

  it('reads class names from built markup as a browser does, references decoded', () => {
    const used = classesOfPage('<div class="[&amp;_a]:underline card"><p class="badge">x</p></div>');
    expect([...used].sort()).toEqual(['[&_a]:underline', 'badge', 'card']);
    const withLinks = '.\\[\\&_a\\]\\:underline a{text-decoration-line:underline}';
    const kept = withoutUnusedRules(withLinks, unusedClasses(classesOfStylesheet(withLinks), used));
    expect(kept).toContain('text-decoration-line:underline');
  });

  it('leaves a stylesheet whose classes are all used as it is', () => {
    expect(withoutUnusedRules(css, [])).toBe(css);
  });
});
