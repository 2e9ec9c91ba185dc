/** Small builders for the mdast nodes the Markdown pages are made of. */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, Table, Text } from 'mdast';

export const text = (value: string): Text => ({ type: 'text', value });

export const paragraph = (...children: (PhrasingContent | string)[]): Paragraph => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
});

export const heading = (depth: Heading['depth'], value: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
});

export const link = (url: string, value: string): Link => ({ type: 'link', url, children: [text(value)] });

export const list = (items: (PhrasingContent | string)[][], ordered = false): List => ({
  type: 'list',
  ordered,
  spread: false,
  children: items.map((children): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(...children)],
  })),
});

/** A GFM table: the first row is the header. */
export const table = (rows: string[][]): Table => ({
  type: 'table',
  children: rows.map((cells) => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
  })),
});
