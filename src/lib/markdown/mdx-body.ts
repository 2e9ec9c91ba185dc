/**
 * The Markdown of an MDX body, parsed with remark (not read back from the built HTML): links become
 * absolute, `<ComparisonTable>` becomes the GFM table it shows, and nothing else of MDX survives.
 */
import type { Root, RootContent, Table } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface BodyContext {
  /** Where the body is from, for error messages: `src/content/articles/x.mdx`. */
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

/** `rows={["a", "b"]}`: read from the expression's syntax tree, so only a literal list of ids is accepted. */
function stringList(value: MdxJsxAttribute['value'], where: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const program = typeof value === 'object' ? value.data?.estree : undefined;
  const statement = program?.body[0];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
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

export async function mdxBodyToMarkdown(body: string, context: BodyContext): Promise<RootContent[]> {
  const tree = parser.runSync(parser.parse(body)) as Root;
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
        `${context.file}: <${node.name ?? ''}> has no Markdown form; teach src/lib/markdown/mdx-body.ts it`,
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
