/**
 * The HTTP server behind `lenetc playground`: the built page (dist/web/) and the dataset files
 * lenetc finds through its usual lookup, at `data/<dataset>/<file key>`, for training in the tab.
 * Only GET and HEAD; only files inside the page's folder and the four dataset files.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DATASETS, type Dataset } from '../model.js';
import { FILE_KEYS, locateDataset, type FileKey, type Found, type LoadOptions } from '../node/data/index.js';
import { UserError } from '../errors.js';

/** How to serve. */
export interface PlaygroundOptions {
  /** The built page: dist/web/. */
  webDir: string;
  host: string;
  /** 0 for any free port. */
  port: number;
  /** The data lookup's settings (`--data`, the environment, the cache and system folders). */
  data: Omit<LoadOptions, 'dataset'>;
}

/** A running server. */
export interface Playground {
  /** Where it answers: the address it listens on (127.1 is 127.0.0.1), or `localhost`. */
  url: string;
  /** Whether it listens on a loopback address only, so other machines cannot reach it. */
  loopback: boolean;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Tells the page it may load data from this server (the static site has no such tag). */
const DATA_META = '<meta name="lenetc:data" content="data/">';

/** Starts serving; resolves once listening. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  // requests are served from the folder's real path, where no link is followed (see handle)
  const webDir = fs.realpathSync(options.webDir);
  const index = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8').replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${DATA_META}`);
  const located = new Map<Dataset, Promise<Found>>();
  const locate = (dataset: Dataset) => {
    let found = located.get(dataset);
    if (!found) {
      found = locateDataset({ ...options.data, dataset });
      // a failed lookup (files not there yet, a download that broke) is tried again next time
      found.catch(() => located.delete(dataset));
      located.set(dataset, found);
    }
    return found;
  };
  let port = options.port;
  let hosts: ReadonlySet<string> | undefined;
  const server = http.createServer((req, res) => {
    handle(req, res, { ...options, webDir, port, hosts }, index, locate).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `lenetc playground: internal error: ${(e as Error).message}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(listenError(e, options)));
    server.listen(options.port, options.host, () => resolve());
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;
  // the address it listens on, as Node resolved it: `127.1` is 127.0.0.1, a name is its address
  const loopback = isLoopback(bound.address);
  const host = options.host === 'localhost' ? 'localhost' : bound.address.includes(':') ? `[${bound.address}]` : bound.address;
  // a loopback server answers only to requests naming it (see handle): these names, with the port
  if (loopback) {
    const given = options.host.includes(':') ? `[${options.host}]` : options.host;
    hosts = new Set(['localhost', '127.0.0.1', '[::1]', host, given].map((h) => `${h.toLowerCase()}:${port}`));
  }
  return {
    url: `http://${host}:${port}/`,
    loopback,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function listenError(e: NodeJS.ErrnoException, options: PlaygroundOptions): Error {
  if (e.code === 'EADDRINUSE') return new UserError('PORT_IN_USE', { port: options.port, host: options.host });
  if (e.code === 'EACCES') return new UserError('PORT_NOT_ALLOWED', { port: options.port });
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return new UserError('NO_SUCH_ADDRESS', { host: options.host });
  return e;
}

/** Whether `address` (as a listening socket reports it) is a loopback address: then only requests naming it (not other sites) are served. */
function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/i.test(address);
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: PlaygroundOptions & { hosts?: ReadonlySet<string> },
  index: string,
  locate: (dataset: Dataset) => Promise<Found>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'text/plain; charset=utf-8', 'only GET and HEAD\n');
  }
  // a page elsewhere must not reach this server through a DNS name pointed at 127.0.0.1
  if (options.hosts && !options.hosts.has(req.headers.host?.toLowerCase() ?? '')) {
    return send(res, 403, 'text/plain; charset=utf-8', 'lenetc playground answers only to localhost and 127.0.0.1\n');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'malformed URL\n');
  }
  if (pathname === '/' || pathname === '/index.html') {
    res.setHeader('Cache-Control', 'no-cache');
    return send(res, 200, TYPES['.html']!, index, req.method === 'HEAD');
  }
  const data = /^\/data\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (data) return serveData(req, res, data[1]!, data[2]!, locate);
  const file = path.join(options.webDir, pathname);
  // path.join resolved any `..`: what is left must still be inside the page's folder, and be a
  // plain file reached through no link (its real path is the path asked for)
  if (!file.startsWith(options.webDir + path.sep) || !(await isPlainFile(file))) {
    return send(res, 404, 'text/plain; charset=utf-8', `not found: ${pathname}\n`);
  }
  // hashed asset names change with their content, so they can be cached for good
  res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  return sendFile(req, res, file, TYPES[path.extname(file)] ?? 'application/octet-stream');
}

async function serveData(req: http.IncomingMessage, res: http.ServerResponse, dataset: string, key: string, locate: (dataset: Dataset) => Promise<Found>): Promise<void> {
  if (!(DATASETS as readonly string[]).includes(dataset) || !(FILE_KEYS as readonly string[]).includes(key)) {
    return sendJson(res, 404, { message: `no such dataset file: ${dataset}/${key}`, hint: `datasets: ${DATASETS.join(', ')}; files: ${FILE_KEYS.join(', ')}` });
  }
  let found: Found;
  try {
    found = await locate(dataset as Dataset);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return sendJson(res, 404, { message: `lenetc playground has no ${dataset} data: ${e.message}`, hint: e.hint ?? null });
  }
  // gzip or not, the page looks at the bytes: no Content-Encoding, so it gets them as stored
  res.setHeader('Cache-Control', 'no-cache');
  return sendFile(req, res, found.paths[key as FileKey], 'application/octet-stream');
}

/** Whether `file` is a regular file whose real path is itself: no link on the way, none at the end. */
async function isPlainFile(file: string): Promise<boolean> {
  const real = await fs.promises.realpath(file).catch(() => undefined);
  if (real !== file) return false;
  return (await fs.promises.lstat(file).catch(() => undefined))?.isFile() ?? false;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // cross-origin isolation: lets the page use SharedArrayBuffer (threaded wasm) when it trains
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
}

function send(res: http.ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  securityHeaders(res);
  const bytes = Buffer.from(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length });
  res.end(headOnly ? undefined : bytes);
}

function sendJson(res: http.ServerResponse, status: number, body: object): void {
  send(res, status, 'application/json', JSON.stringify(body) + '\n');
}

async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, type: string): Promise<void> {
  const { size } = await fs.promises.stat(file);
  securityHeaders(res);
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}
