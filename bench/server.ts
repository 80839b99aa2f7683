// A tiny static server on 127.0.0.1 (random port) serving the repository, so bench pages load
// packages/elements/cdn/omf.js and the data over HTTP as a council page would. `pinned` files are
// served from memory: the CDN build as measured, whatever rebuilds the folder meanwhile.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root`; `pinned` maps URL paths (`/packages/elements/cdn/omf.js`) to the bytes to serve instead of the file. */
export async function serveStatic(root: string, pinned: ReadonlyMap<string, string> = new Map()): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = normalize(join(base, urlPath));
    const inMemory = pinned.get(urlPath);
    if (inMemory !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(inMemory);
      return;
    }
    let size = -1;
    try {
      if (path.startsWith(base)) size = statSync(path).isFile() ? statSync(path).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'no-cache' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
