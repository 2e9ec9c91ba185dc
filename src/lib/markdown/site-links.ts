/**
 * Authors write site-absolute links (`/articles/x/`); this Sätteri HTML-tree plugin adds the deploy
 * base to them as Markdown and MDX bodies compile, so the same content works at the root of a domain
 * and under a sub-path. Done in the compiler, not by a link component, plain Markdown files get it
 * too, and MDX can compile links to static HTML.
 */
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../content/urls';

export function siteLinks(base: string): HastPluginDefinition {
  return {
    name: 'site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const based = withBase(href, base);
        if (based !== href) ctx.setProperty(node, 'href', based);
      },
    },
  };
}
