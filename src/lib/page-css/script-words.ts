import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { wordsOfScripts } from './unused-rules.ts';

/**
 * The words of the browser code (`src/client/`, TypeScript) as it ships: types and comments
 * stripped, so a class named only in a comment keeps no CSS rule.
 */
export async function shippedScriptWords(clientDir: string): Promise<Set<string>> {
  const names = (await readdir(clientDir, { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
  const sources = await Promise.all(
    names.map(async (name) => {
      const source = await readFile(join(clientDir, name), 'utf8');
      const { code } = await transform(source, { loader: 'ts', minify: true, sourcefile: name }).catch(
        (error: Error) => {
          throw new Error(`src/client/${name} could not be read for its CSS classes: ${error.message}`);
        },
      );
      return code;
    }),
  );
  return wordsOfScripts(sources);
}
