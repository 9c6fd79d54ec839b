/** `lenetc playground` run in-process for tests, until they stop it (as Ctrl-C would). */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { runCli, type Captured, type RunOptions } from './cli.js';

/** Debian's chromium, or $LENETC_CHROMIUM: the browser tests run in it. */
export const CHROMIUM = process.env.LENETC_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests skip (no browser), or false. */
export const chromiumSkip: string | false = fs.existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium, or set LENETC_CHROMIUM)`;

/** No sandbox as root; no QUIC, first-run or background traffic: this machine has no network. */
const FLAGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Headless Chromium with its profile in `profile`: WebGPU on SwiftShader with `webgpu`, else no GPU at all. */
export function launchChromium(profile: string, webgpu = false): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM, headless: true, userDataDir: profile,
    args: [...FLAGS, ...(webgpu ? ['--enable-unsafe-webgpu', '--enable-unsafe-swiftshader'] : ['--disable-gpu'])],
  });
}

/**
 * A new tab in `browser`'s default context, with nothing left of earlier tabs' storage at
 * `origins` (local storage, IndexedDB, cache storage, cookies): what a fresh context would give,
 * except that the HTTP cache stays, and with it V8's compiled code for the page's scripts. A fresh
 * context compiled the page again each time: 3.1–4.7 core-seconds to a page's first check, against
 * 1.4–1.5 in the shared one (measured on this 2-core machine with the playground's page).
 */
export async function freshPage(browser: Browser, origins: readonly string[]): Promise<Page> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin: new URL(origin).origin, storageTypes: 'all' });
  await cdp.detach();
  return page;
}

/** A running playground: its URL, and how to stop it (resolving to what it printed and its exit code). */
export interface RunningPlayground {
  url: string;
  stop(): Promise<Captured>;
}

/** Starts `lenetc playground ...args` in `cwd` and waits until it prints its URL. */
export async function startPlayground(args: string[], cwd: string, options: Pick<RunOptions, 'env'> = {}): Promise<RunningPlayground> {
  const controller = new AbortController();
  let announced: (url: string) => void;
  const listening = new Promise<string>((resolve) => { announced = resolve; });
  const run = runCli(['playground', ...args], cwd, {
    ...options,
    signal: controller.signal,
    onStdout: (text) => {
      const match = /lenetc playground: (http:\/\/\S+)/.exec(text);
      if (match) announced(match[1]!);
    },
  });
  const url = await Promise.race([listening, run.then((r) => { throw new Error(`lenetc playground exited ${r.code}: ${r.stderr}`); })]);
  return {
    url,
    stop: () => {
      controller.abort();
      return run;
    },
  };
}

/**
 * Records what goes wrong in `page` (console errors, uncaught errors, failed requests, HTTP
 * errors) and the path of every response, from now on.
 */
export function watchPage(page: Page): { problems: string[]; loaded: string[] } {
  const problems: string[] = [];
  const loaded: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    loaded.push(new URL(response.url()).pathname);
  });
  return { problems, loaded };
}

/**
 * `root` served as any static host would serve it: its files and nothing else, with no headers
 * beyond the content type (so the page is not cross-origin isolated).
 */
export async function serveStatic(root: string): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    const file = path.join(root, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
