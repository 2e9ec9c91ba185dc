import { transform, type Selector, type SelectorComponent } from 'lightningcss';
import { decodeReferences } from '../html/start-tags.ts';

/**
 * Every page carries its CSS inline (one request to first render), so every byte of the site-wide
 * stylesheet is paid on every page. A page keeps only the rules for the classes it uses: Lightning
 * CSS drops a rule whose selector needs a class listed as unused (`unusedSymbols`).
 */

export interface StylesheetClasses {
  /** Every class a selector mentions. */
  all: Set<string>;
  /** Classes inside `:not()`: a rule for "not .x" applies when .x is absent, so they are never dropped. */
  negated: Set<string>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The classes a stylesheet's selectors mention, read by Lightning CSS. */
export function classesOfStylesheet(css: string): StylesheetClasses {
  const found: StylesheetClasses = { all: new Set(), negated: new Set() };
  const visit = (components: Selector, negated: boolean) => {
    for (const component of components) collect(component, negated);
  };
  const collect = (component: SelectorComponent, negated: boolean) => {
    if (component.type === 'class') {
      found.all.add(component.name);
      if (negated) found.negated.add(component.name);
    } else if (component.type === 'pseudo-class' && 'selectors' in component && Array.isArray(component.selectors)) {
      const inNot = negated || component.kind === 'not';
      for (const selector of component.selectors as Selector[]) visit(selector, inNot);
    }
  };
  transform({
    filename: 'page.css',
    code: encoder.encode(css),
    visitor: {
      Selector(selector) {
        visit(selector, false);
      },
    },
  });
  return found;
}

/** The classes a stylesheet mentions that `used` lacks, safe to drop. */
export function unusedClasses(classes: StylesheetClasses, used: ReadonlySet<string>): string[] {
  return [...classes.all].filter((name) => !used.has(name) && !classes.negated.has(name)).sort();
}

/** The stylesheet without the rules that need one of the `unused` classes, minified. */
export function withoutUnusedRules(css: string, unused: string[]): string {
  if (!unused.length) return css;
  return decoder.decode(
    transform({ filename: 'page.css', code: encoder.encode(css), minify: true, unusedSymbols: unused }).code,
  );
}

/** The class names in a page's `class` attributes. */
export function classesOfAttributes(values: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const value of values) for (const name of value.split(/\s+/)) if (name) found.add(name);
  return found;
}

const classAttribute = /\sclass="([^"]*)"/g;

/**
 * The class names a built page's markup uses, read with a pattern rather than a parser: a
 * `class="..."` that is not an attribute (in text or a script) only keeps a rule or two more, never
 * drops one, while a parser costs time on every page (measured in
 * docs/decisions/2026-12-pages-finished-as-they-render.md). Character references are decoded, as a
 * browser does: Astro writes the class `[&_a]:underline` as `[&amp;_a]:underline`.
 */
export function classesOfPage(html: string): Set<string> {
  return classesOfAttributes([...html.matchAll(classAttribute)].map((match) => decodeReferences(match[1] as string)));
}

/**
 * Words of script source that may be class names: scripts write markup and toggle classes after
 * load, so any word a script contains counts as used. Keeping a rule too many costs a few bytes;
 * dropping one a script needs would break the page.
 */
export function wordsOfScripts(sources: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const source of sources) for (const word of source.split(/[\s"'`<>=(),;{}+]+/)) if (word) found.add(word);
  return found;
}
