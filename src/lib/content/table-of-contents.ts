export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: Heading[];
}

/** A short article reads fine without a contents list; three sections is where it starts to help. */
export const minSectionsForToc = 3;

/** Nests h3s under their h2; deeper headings and a leading h3 without a parent are left out. */
export function tableOfContents(headings: Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) entries.push({ ...heading, children: [] });
    else if (heading.depth === 3) entries.at(-1)?.children.push(heading);
  }
  return entries.length >= minSectionsForToc ? entries : [];
}
