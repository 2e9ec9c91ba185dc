import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeadersHost } from '../../lib/publishing/headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  root: string;
  /** The deploy base the site was built with, e.g. '/kb/'. */
  base?: string;
  /** Apply the headers of `<root>/_headers` as this host would (`true`: as Cloudflare Pages would). */
  headers?: boolean | HeadersHost;
  port?: number;
  host?: string;
  /** Send text and WebAssembly gzip-compressed to clients that accept it, as hosts do. */
  gzip?: boolean;
}

/** What hosts compress: Pagefind's index files are compressed by Pagefind already. */
const compressible = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.xml',
  '.txt',
  '.md',
  '.csv',
  '.svg',
  '.wasm',
]);

/** Serves a built site the way a static host does: directory indexes, the 404 page, optional headers. */
export function serveStatic(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const base = options.base ?? '/';
  const headersFile = join(options.root, '_headers');
  const host: HeadersHost = options.headers === 'netlify' ? 'netlify' : 'cloudflare';
  const rules = options.headers && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const compressed = new Map<string, Promise<Buffer>>();
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('Malformed address');
      return;
    }
    const send = (file: string, status: number) => {
      response.statusCode = status;
      response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
      for (const [name, value] of headersFor(rules, pathname, host)) response.setHeader(name, value);
      if (
        options.gzip &&
        compressible.has(extname(file)) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        let body = compressed.get(file);
        if (!body) compressed.set(file, (body = readFile(file).then((bytes) => gzipSync(bytes))));
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Vary', 'Accept-Encoding');
        void body.then((bytes) => response.end(bytes));
        return;
      }
      createReadStream(file).pipe(response);
    };
    const notFound = () => send(join(options.root, '404.html'), 404);
    if (!pathname.startsWith(base)) return notFound();
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(options.root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    return existsSync(file) ? send(file, 200) : notFound();
  });

  return new Promise((resolve) => {
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}
