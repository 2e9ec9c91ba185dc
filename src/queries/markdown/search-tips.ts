/** The search tips page's Markdown twin: the same tips, with their example searches. */
import { heading, link, paragraph } from '../../lib/markdown/nodes';
import { pageDocument } from '../../lib/markdown/page-document';
import { paths } from '../../lib/content/urls';
import { exampleSearch, searchTips, searchTipsCopy } from '../../lib/search/search-tips';
import type { MarkdownPage } from './content-pages';
import { urlOf } from './context';

export function searchTipsMarkdown(): MarkdownPage {
  const path = paths.searchTips();
  const { title, description, intro } = searchTipsCopy;
  const body = [
    paragraph(intro),
    ...searchTips.flatMap((tip) => [
      heading(2, tip.heading),
      paragraph(tip.text),
      ...(tip.examples.length
        ? [
            paragraph(
              'Try: ',
              ...tip.examples.flatMap((example, index) => [
                ...(index > 0 ? [' · '] : []),
                link(exampleSearch(urlOf(paths.search()), example), example.q),
              ]),
            ),
          ]
        : []),
    ]),
  ];
  return { path, title, description, markdown: pageDocument({ title, description, url: urlOf(path), body }) };
}
