// Takes docs/playground.png, the README's picture of the playground: `lenetc playground` run
// in-process, a spec with a shape error opened through its link, the hover on the error shown.
// Needs Debian's chromium (or LENETC_CHROMIUM). Run: node --import tsx scripts/screenshot-playground.ts
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { cli } from '../src/cli/index.js';
import { specHash } from '../src/web/share.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'playground.png');
// d2l's LeNet-5 with a second convolution too large for its 14×14 input
const spec = fs.readFileSync(path.join(root, 'specs', 'lenet5.yaml'), 'utf8').replace('{filters: 16, kernel: 5}', '{filters: 16, kernel: 15}');

const stop = new AbortController();
let announced: (url: string) => void;
const listening = new Promise<string>((resolve) => { announced = resolve; });
const served = cli(['playground', '--port', '0'], {
  stdout: (text) => { const match = /(http:\/\/\S+)/.exec(text); if (match) announced(match[1]!); },
  stderr: () => {},
  isTTY: false, cwd: root, env: {}, signal: stop.signal,
});
const url = await listening;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-screenshot-'));
const browser = await puppeteer.launch({
  executablePath: process.env.LENETC_CHROMIUM ?? '/usr/bin/chromium',
  headless: true, userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900, deviceScaleFactor: 1 });
  await page.goto(url + specHash(spec));
  await page.waitForSelector('.cm-lintRange-error');
  await page.hover('.cm-lintRange-error');
  await page.waitForSelector('.cm-tooltip-lint');
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
  stop.abort();
  await served;
  fs.rmSync(profile, { recursive: true, force: true });
}
