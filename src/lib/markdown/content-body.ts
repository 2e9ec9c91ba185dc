/**
 * The Markdown of a content body, parsed as Astro parses it (Sätteri, not read back from the built
 * HTML): a `.md` file as Markdown, an `.mdx` file as MDX. Links become absolute, `<ComparisonTable>`
 * becomes the GFM table it shows, and nothing else of MDX survives. Sätteri is Astro's own parser
 * and far faster than remark with its MDX and GFM extensions, for the same trees (measured in
 * docs/decisions/2026-12-markdown-twins-with-satteri.md).
 */
import { parseExpressionAt, type Expression } from 'acorn';
import type { Root, RootContent, Table } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';

export interface BodyContext {
  /** The body's file: `.md` is read as Markdown, anything else as MDX; named in error messages. */
  file: string;
  /** Absolute URL for a link as the author wrote it. */
  link(href: string): string;
  /** The table `<ComparisonTable comparison="id" rows={[...]} />` shows. */
  comparisonTable(comparison: string, rows: string[] | undefined): Promise<Table>;
}

function attribute(element: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute['value'] {
  const found = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return found?.value;
}

/** The whole of an attribute's `{...}` as one expression, or undefined when it is not one. */
function expressionOf(source: string): Expression | undefined {
  try {
    const expression = parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
    return source.slice(expression.end).trim() === '' ? expression : undefined;
  } catch {
    return undefined;
  }
}

/** `rows={["a", "b"]}`: read from the expression's syntax tree, so only a literal list of ids is accepted. */
function stringList(value: MdxJsxAttribute['value'], where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const expression = typeof value === 'object' ? expressionOf(value.value) : undefined;
  if (expression?.type !== 'ArrayExpression') throw new Error(`${where}: expected a list of row ids`);
  return expression.elements.map((element) => {
    if (element?.type !== 'Literal' || typeof element.value !== 'string') {
      throw new Error(`${where}: row ids must be strings`);
    }
    return element.value;
  });
}

function comparisonTable(element: MdxJsxFlowElement, context: BodyContext): Promise<Table> {
  const where = `${context.file}: <ComparisonTable>`;
  const id = attribute(element, 'comparison');
  if (typeof id !== 'string') throw new Error(`${where} needs comparison="<id>"`);
  return context.comparisonTable(id, stringList(attribute(element, 'rows'), where));
}

/** Where a link's URL starts in its written form (`[a](url "t")`, `[a](<url>)`, `[id]: url`), if written as it reads. */
function urlOffset(written: string, type: 'link' | 'definition', url: string): number | undefined {
  const opening = type === 'link' ? written.lastIndexOf('](') + 2 : written.indexOf(']:') + 2;
  if (opening < 2) return undefined;
  let at = opening;
  while (written[at] === ' ' || written[at] === '\t' || written[at] === '\n') at += 1;
  if (written[at] === '<') at += 1;
  return written.startsWith(url, at) ? at : undefined;
}

/**
 * A `.md` body is Markdown already: its twin is the author's own text with each site link made
 * absolute where it is written, which skips writing a tree back out with remark-stringify, the
 * slowest part of a twin (docs/decisions/2026-12-markdown-twins-with-satteri.md). Undefined when a
 * URL is not written as it reads
 * (escaped, or as an entity), for the caller to write the tree instead.
 */
function markdownWithAbsoluteLinks(body: string, link: (href: string) => string): string | undefined {
  const tree = markdownToMdast(body, { features: { frontmatter: false } }) as Root;
  const edits: { start: number; end: number; url: string }[] = [];
  let inPlace = true;
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = link(node.url);
    const start = node.position?.start.offset;
    if (url === node.url || start === undefined) return;
    const at = urlOffset(body.slice(start, node.position?.end.offset), node.type, node.url);
    if (at === undefined) inPlace = false;
    else edits.push({ start: start + at, end: start + at + node.url.length, url });
  });
  if (!inPlace) return undefined;
  let text = body;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, edit.start)}${edit.url}${text.slice(edit.end)}`;
  }
  return text.trim();
}

export async function contentBodyToMarkdown(body: string, context: BodyContext): Promise<RootContent[]> {
  const markdown = context.file.endsWith('.md');
  if (markdown) {
    // Written out as it stands: an html node is the one kind remark-stringify leaves as it is.
    const text = markdownWithAbsoluteLinks(body, context.link);
    if (text !== undefined) return text === '' ? [] : [{ type: 'html', value: text }];
  }
  // Positions are not read, and leaving them out halves the tree.
  const tree = (markdown ? markdownToMdast : mdxToMdast)(body, {
    features: { frontmatter: false },
    position: false,
  }) as Root;
  const tables: Promise<Table>[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'definition') {
      node.url = context.link(node.url);
      return undefined;
    }
    if (index === undefined || !parent) return undefined;
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'ComparisonTable') {
      tables.push(comparisonTable(node, context));
      return SKIP;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      throw new Error(
        `${context.file}: <${node.name ?? ''}> has no Markdown form; teach src/lib/markdown/content-body.ts it`,
      );
    }
    return undefined;
  });
  // Tables replace their elements in document order, once every lookup has resolved.
  const resolved = await Promise.all(tables);
  visit(tree, 'mdxJsxFlowElement', (_node, index, parent) => {
    if (index === undefined || !parent) return undefined;
    parent.children.splice(index, 1, resolved.shift() as Table);
    return [SKIP, index + 1];
  });
  return tree.children;
}
