import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' });

/** Markdown text (CommonMark with GFM tables) of a list of mdast nodes. */
export function stringifyMarkdown(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return processor.stringify(root);
}
