/**
 * `lenetc playground`'s server, in-process: the page and its assets, the favicon, the dataset
 * files, and what it refuses (other hosts, paths outside the page, other methods, a taken port).
 * The page itself is tested in Chromium (playground.test.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runCli } from './helpers/cli.js';
import { fromRoot } from './helpers/paths.js';
import { startPlayground, type RunningPlayground } from './helpers/playground.js';
import { writeTinyIdx } from './helpers/tiny-dataset.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-playground-server-'));
const dataRoot = writeTinyIdx(path.join(tmp, 'data'), 20, 10);
let served: RunningPlayground;
let url = '';

before(async () => {
  served = await startPlayground(['--port', '0', '--data', dataRoot], tmp);
  url = served.url;
});

after(async () => {
  assert.equal((await served.stop()).code, 0, 'Ctrl-C ends `lenetc playground` with exit 0');
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A raw request, so the Host header and method can be anything. */
function request(pathname: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves on 127.0.0.1 by default and says where the data comes from', async () => {
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const index = await request('/');
  assert.equal(index.status, 200);
  assert.match(String(index.headers['content-type']), /^text\/html/);
  const html = index.body.toString();
  // the page learns it may ask this server for data; the static build has no such tag
  assert.match(html, /<meta name="lenetc:data" content="data\/">/);
  assert.doesNotMatch(fs.readFileSync(fromRoot('dist', 'web', 'index.html'), 'utf8'), /lenetc:data/);
  for (const asset of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const res = await request(`/${asset[1]}`);
    assert.equal(res.status, 200, asset[1]);
  }
  const favicon = await request('/favicon.svg');
  assert.equal(favicon.status, 200);
  assert.equal(favicon.headers['content-type'], 'image/svg+xml');
});

test('serves the dataset files the lookup finds, as stored', async () => {
  const res = await request('/data/fashion-mnist/t10k-labels');
  assert.equal(res.status, 200);
  const onDisk = fs.readFileSync(path.join(dataRoot, 'fashion-mnist', 't10k-labels-idx1-ubyte.gz'));
  assert.deepEqual(res.body, onDisk);
  assert.equal(gunzipSync(res.body).readUInt32BE(4), 10, 'ten labels');
  assert.equal(res.headers['content-encoding'], undefined, 'the page unpacks it itself');

  // mnist is not in the --data folder: a clear JSON message the page shows as it is
  const missing = await request('/data/mnist/train-images');
  assert.equal(missing.status, 404);
  const body = JSON.parse(missing.body.toString()) as { message: string; hint: string | null };
  assert.match(body.message, /mnist/);
  assert.match(body.message, /lacks/);
  assert.equal((await request('/data/fashion-mnist/passwords')).status, 404);
  assert.equal((await request('/data/cifar/train-images')).status, 404);
});

test('refuses other hosts, paths outside the page, and methods other than GET and HEAD', async () => {
  // a web page elsewhere could reach 127.0.0.1 through a DNS name it controls
  assert.equal((await request('/', { host: 'attacker.example:80' })).status, 403);
  assert.equal((await request('/', { host: `localhost:${new URL(url).port}` })).status, 200);
  assert.equal((await request('/../package.json')).status, 404);
  assert.equal((await request('/%2e%2e/package.json')).status, 404);
  assert.equal((await request('/assets/../../web-meta.json')).status, 404);
  assert.equal((await request('/%E0%A4%A')).status, 400);
  assert.equal((await request('/', { method: 'POST' })).status, 405);
  const head = await request('/favicon.svg', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});

test('a taken port is an error with a way out; a bad port is a usage error', async () => {
  const blocker = http.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const taken = await runCli(['playground', '--port', String(port)], tmp);
    assert.equal(taken.code, 1);
    assert.match(taken.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
    assert.match(taken.stderr, /--port 0/);
  } finally {
    blocker.close();
  }
  const bad = await runCli(['playground', '--port', '70000'], tmp);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /expected a port number/);
});

test('--open starts $BROWSER with the URL; Ctrl-C (the abort) stops the server with exit 0', async () => {
  const opened = path.join(tmp, 'opened.txt');
  const browser = path.join(tmp, 'browser.sh');
  // written whole, then renamed: a test that saw the file once read it still empty
  fs.writeFileSync(browser, `#!/bin/sh\necho "$1" > ${JSON.stringify(`${opened}.part`)} && mv ${JSON.stringify(`${opened}.part`)} ${JSON.stringify(opened)}\n`, { mode: 0o755 });
  const running = await startPlayground(['--port', '0', '--open', '--data', dataRoot], tmp, { env: { BROWSER: browser, PATH: process.env.PATH } });
  let stopped;
  try {
    for (let i = 0; i < 100 && !fs.existsSync(opened); i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(fs.readFileSync(opened, 'utf8').trim(), running.url);
  } finally {
    // a failed check must not leave the server holding this file's process open
    stopped = await running.stop();
  }
  assert.equal(stopped.code, 0);
  await assert.rejects(fetch(running.url), 'the server is closed');
});

test('--host: an empty one is refused; loopback aliases keep the Host check and answer at the printed URL', { timeout: 60_000 }, async () => {
  const empty = await runCli(['playground', '--port', '0', '--host', ''], tmp);
  assert.equal(empty.code, 2, empty.stderr);
  for (const host of ['127.0.0.2', '127.1', 'localhost']) {
    const running = await startPlayground(['--port', '0', '--host', host, '--data', dataRoot], tmp);
    try {
      const page = await fetch(running.url);
      assert.equal(page.status, 200, `${host}: ${running.url}`);
      const { hostname, port } = new URL(running.url);
      // still only for requests that name this machine's loopback, never another site's name
      const foreign = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: hostname.replace(/^\[|\]$/g, ''), port, path: '/', headers: { host: `attacker.example:${port}` } }, (res) => { res.resume(); resolve(res.statusCode!); });
        req.on('error', reject);
        req.end();
      });
      assert.equal(foreign, 403, host);
    } finally {
      const { stderr } = await running.stop();
      assert.doesNotMatch(stderr, /anyone who can reach this machine/, host);
    }
  }
});

test('links inside the page\'s folder are not followed', async () => {
  const { startPlayground: serve } = await import('../src/server/playground.js');
  const web = path.join(tmp, 'web');
  fs.mkdirSync(path.join(web, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(web, 'index.html'), '<html><meta charset="utf-8"></html>');
  fs.writeFileSync(path.join(web, 'ok.txt'), 'ok');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(web, 'outside.txt'));
  fs.symlinkSync(path.join(web, 'ok.txt'), path.join(web, 'inside.txt'));
  fs.symlinkSync(tmp, path.join(web, 'assets', 'up'));
  const server = await serve({ webDir: web, host: '127.0.0.1', port: 0, data: { env: {} } });
  try {
    assert.equal((await fetch(`${server.url}ok.txt`)).status, 200);
    for (const linked of ['outside.txt', 'inside.txt', 'assets/up/secret.txt']) {
      const res = await fetch(`${server.url}${linked}`);
      assert.equal(res.status, 404, linked);
      assert.notEqual(await res.text(), 'secret');
    }
  } finally {
    await server.close();
  }
});
