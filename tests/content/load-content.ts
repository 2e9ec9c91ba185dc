import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const contentRoot = join(import.meta.dirname, '../../src/content');

/** Reads a collection straight from disk: `getCollection()` is not available inside Vitest. */
export function loadCollection(folder: string): ContentFile[] {
  const dir = join(contentRoot, folder);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const file = join(dir, name);
      const source = readFileSync(file, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${file}: no frontmatter block`);
      return {
        id: basename(name).replace(/\.mdx?$/, ''),
        file: `src/content/${folder}/${name}`,
        data: parse(match[1] as string) as Record<string, unknown>,
        body: match[2] as string,
      };
    });
}
