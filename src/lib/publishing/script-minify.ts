import { transform } from 'esbuild';

/**
 * A browser module of public/scripts/ as it ships: minified. The build step that writes them and
 * the CSS trimming, which keeps any class a shipped script names, read them alike.
 */
export async function minifiedScript(source: string, name: string): Promise<string> {
  const { code } = await transform(source, {
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcefile: `public/scripts/${name}`,
  }).catch((error: Error) => {
    throw new Error(`public/scripts/${name} could not be minified: ${error.message}`);
  });
  return code;
}
