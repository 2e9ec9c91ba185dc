import { normalize } from 'node:path';

/**
 * The file of the last build's search index that a dev-server request asks for, relative to the
 * build output, or undefined when the request is not for the index (or tries to leave it).
 */
export function devIndexFile(requestUrl: string, base: string): string | undefined {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
  const path = decodeURIComponent(new URL(requestUrl, 'http://dev').pathname);
  if (!path.startsWith(prefix)) return undefined;
  const file = normalize(`pagefind/${path.slice(prefix.length)}`);
  return file.startsWith('pagefind/') && !file.includes('..') ? file : undefined;
}
