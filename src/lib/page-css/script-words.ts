import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifiedScript } from '../publishing/script-minify.ts';
import { wordsOfScripts } from './unused-rules.ts';

/** The words of the site's scripts as they ship (minified, so comments add none). */
export async function shippedScriptWords(scriptsDir: string): Promise<Set<string>> {
  const names = (await readdir(scriptsDir)).filter((name) => name.endsWith('.js')).sort();
  const sources = await Promise.all(
    names.map(async (name) => minifiedScript(await readFile(join(scriptsDir, name), 'utf8'), name)),
  );
  return wordsOfScripts(sources);
}
